import { UserError } from '@parley/agents-core';
import { describe, expect, it } from 'vitest';
import { validateSessionOptions } from './validate-options';

describe('validateSessionOptions', () => {
  it('accepts the documented options', () => {
    expect(() =>
      validateSessionOptions({
        transport: 'websocket',
        outputGuardrails: [{ name: 'g', execute: () => ({ tripwireTriggered: false }) }],
        outputGuardrailSettings: { debounceTextLength: -1 },
      }),
    ).not.toThrow();
  });

  it('names the bad parameter', () => {
    expect(() => validateSessionOptions({ transport: 'carrier-pigeon' as never })).toThrow(/transport/);
    expect(() => validateSessionOptions({ transport: {} as never })).toThrow(UserError);
    expect(() => validateSessionOptions({ outputGuardrailSettings: { debounceTextLength: 0 } })).toThrow(
      /debounceTextLength/,
    );
    expect(() => validateSessionOptions({ outputGuardrails: [{} as never] })).toThrow(/outputGuardrails\[0\]/);
  });
});
