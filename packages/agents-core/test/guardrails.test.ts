import { describe, expect, it } from 'vitest';
import {
  Agent,
  GuardrailExecutionError,
  InputGuardrailTripwireTriggered,
  OutputGuardrailTripwireTriggered,
  Runner,
  defineOutputGuardrail,
  run,
  type InputGuardrail,
} from '@parley/agents-core';
import { FakeModel, fakeMessage } from '@parley/agents-core/testing';

const homeworkCheck: InputGuardrail = {
  name: 'homework check',
  execute: ({ input }) => ({
    tripwireTriggered: JSON.stringify(input).includes('homework'),
    outputInfo: { checked: true },
  }),
};

describe('guardrails', () => {
  it('records passing input and output guardrail results', async () => {
    const model = new FakeModel([[fakeMessage('Hello!')]]);
    const agent = new Agent({
      name: 'A',
      model,
      inputGuardrails: [homeworkCheck],
      outputGuardrails: [
        defineOutputGuardrail({
          name: 'no secrets',
          execute: ({ agentOutput }) => ({ tripwireTriggered: agentOutput.includes('secret') }),
        }),
      ],
    });
    const result = await run(agent, 'Say hi');
    expect(result.inputGuardrailResults).toEqual([
      {
        guardrail: { type: 'input', name: 'homework check' },
        output: { tripwireTriggered: false, outputInfo: { checked: true } },
      },
    ]);
    expect(result.outputGuardrailResults[0]).toMatchObject({
      guardrail: { name: 'no secrets' },
      agentOutput: 'Hello!',
    });
  });

  it('throws InputGuardrailTripwireTriggered with the result when an input guardrail trips', async () => {
    const model = new FakeModel([[fakeMessage('Here is your homework')]]);
    const agent = new Agent({ name: 'A', model, inputGuardrails: [homeworkCheck] });
    const error = await run(agent, 'Do my homework').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputGuardrailTripwireTriggered);
    expect((error as InputGuardrailTripwireTriggered).result.guardrail.name).toBe('homework check');
    expect((error as InputGuardrailTripwireTriggered).state).toBeDefined();
  });

  it('runs runner-level input guardrails only on the first turn', async () => {
    let calls = 0;
    const runner = new Runner({
      inputGuardrails: [{ name: 'count', execute: () => ({ tripwireTriggered: false, outputInfo: ++calls }) }],
    });
    const model = new FakeModel([
      [{ type: 'function_call', callId: 'c', name: 'noop', arguments: '{}' }],
      [fakeMessage('ok')],
    ]);
    const { tool } = await import('@parley/agents-core');
    await runner.run(new Agent({ name: 'A', model, tools: [tool({ name: 'noop', execute: () => 'x' })] }), 'x');
    expect(calls).toBe(1);
  });

  it('throws OutputGuardrailTripwireTriggered when an output guardrail trips', async () => {
    const model = new FakeModel([[fakeMessage('the secret is 42')]]);
    const agent = new Agent({
      name: 'A',
      model,
      outputGuardrails: [
        { name: 'no secrets', execute: ({ agentOutput }) => ({ tripwireTriggered: agentOutput.includes('secret') }) },
      ],
    });
    const error = await run(agent, 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputGuardrailTripwireTriggered);
    expect((error as OutputGuardrailTripwireTriggered).result).toMatchObject({ agentOutput: 'the secret is 42' });
  });

  it('wraps a guardrail that throws in GuardrailExecutionError with the cause', async () => {
    const cause = new Error('classifier unavailable');
    const model = new FakeModel([[fakeMessage('fine')]]);
    const agent = new Agent({
      name: 'A',
      model,
      inputGuardrails: [{ name: 'broken', execute: () => Promise.reject(cause) }],
    });
    const error = await run(agent, 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GuardrailExecutionError);
    expect((error as GuardrailExecutionError).cause).toBe(cause);
    const outputBroken = new Agent({
      name: 'B',
      model: new FakeModel([[fakeMessage('fine')]]),
      outputGuardrails: [
        {
          name: 'broken',
          execute: () => {
            throw cause;
          },
        },
      ],
    });
    await expect(run(outputBroken, 'x')).rejects.toBeInstanceOf(GuardrailExecutionError);
  });
});
