import { describe, expect, it } from 'vitest';
import { AgentsError } from './agents-error';

describe('AgentsError', () => {
  it('is recognised through its brand even without a shared prototype', () => {
    const foreign = Object.assign(new Error('other copy'), { [Symbol.for('parley.agents.error')]: true });
    expect(AgentsError.isInstance(foreign)).toBe(true);
    expect(AgentsError.isInstance(new Error('plain'))).toBe(false);
  });

  it('keeps the cause and names itself after the subclass', () => {
    class SomethingBroke extends AgentsError {}
    const error = new SomethingBroke('boom', { cause: 'root' });
    expect(error.name).toBe('SomethingBroke');
    expect(error.cause).toBe('root');
    expect(error.code).toBe('agents_error');
  });
});
