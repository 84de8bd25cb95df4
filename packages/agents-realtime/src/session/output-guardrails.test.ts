import { describe, expect, it } from 'vitest';
import { OutputGuardrailRunner } from './output-guardrails';

describe('OutputGuardrailRunner', () => {
  it('checks every debounceTextLength characters and at the end, and stops after a trip', async () => {
    const checked: string[] = [];
    const runner = new OutputGuardrailRunner(
      [{ name: 'bad word', execute: () => ({ tripwireTriggered: false }) }],
      { debounceTextLength: 5 },
      async (_guardrail, text) => (checked.push(text), { tripwireTriggered: text.includes('bad') }),
    );
    expect(await runner.onDelta('i', 'r', 'abc')).toBeUndefined();
    expect(await runner.onDelta('i', 'r', 'de')).toBeUndefined();
    expect(checked).toEqual(['abcde']);
    const trip = await runner.onDelta('i', 'r', ' bad!');
    expect(trip).toMatchObject({ itemId: 'i', responseId: 'r', text: 'abcde bad!' });
    expect(await runner.onDone('i', 'r', 'abcde bad! more')).toBeUndefined();
    expect(checked).toEqual(['abcde', 'abcde bad!']);
  });

  it('with -1 checks only at the end, and skips a final check of text already checked', async () => {
    const checked: string[] = [];
    const runner = new OutputGuardrailRunner(
      [{ name: 'g', execute: () => ({ tripwireTriggered: false }) }],
      { debounceTextLength: -1 },
      async (_guardrail, text) => (checked.push(text), { tripwireTriggered: false }),
    );
    await runner.onDelta('i', 'r', 'a long text that would pass any threshold');
    expect(checked).toEqual([]);
    await runner.onDone('i', 'r');
    expect(checked).toEqual(['a long text that would pass any threshold']);
    expect(new OutputGuardrailRunner([], {}, async () => ({ tripwireTriggered: true })).enabled).toBe(false);
  });
});
