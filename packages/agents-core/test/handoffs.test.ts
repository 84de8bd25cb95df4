import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, ModelBehaviorError, Runner, handoff, run, type RunItem } from '@parley/agents-core';
import { FakeModel, fakeMessage, fakeToolCall } from '@parley/agents-core/testing';

describe('handoffs in a run', () => {
  it('passes control to the target agent, which sees the conversation', async () => {
    const tutorModel = new FakeModel([[fakeMessage('2 + 2 = 4')]]);
    const mathTutor = new Agent({ name: 'Math Tutor', handoffDescription: 'Math questions', model: tutorModel });
    const triageModel = new FakeModel([[fakeToolCall('transfer_to_math_tutor', {}, 'call_h')]]);
    const triage = new Agent({ name: 'Triage', model: triageModel, handoffs: [mathTutor] });

    const runner = new Runner();
    const events: string[] = [];
    runner.on('agent_start', (_context, agent) => events.push(`start:${agent.name}`));
    runner.on('agent_handoff', (_context, from, to) => events.push(`handoff:${from.name}->${to.name}`));
    runner.on('agent_end', (_context, agent, output) => events.push(`end:${agent.name}:${output}`));
    triage.on('agent_handoff', (_context, next) => events.push(`triage saw handoff to ${next.name}`));

    const result = await runner.run(triage, 'What is 2 + 2?');
    expect(result.finalOutput).toBe('2 + 2 = 4');
    expect(result.lastAgent).toBe(mathTutor);
    expect(events).toEqual([
      'start:Triage',
      'triage saw handoff to Math Tutor',
      'handoff:Triage->Math Tutor',
      'start:Math Tutor',
      'end:Math Tutor:2 + 2 = 4',
    ]);
    expect(triageModel.requests[0]?.handoffs).toEqual([
      expect.objectContaining({
        toolName: 'transfer_to_math_tutor',
        toolDescription: expect.stringContaining('Math questions'),
      }),
    ]);
    expect(tutorModel.requests[0]?.input).toEqual([
      { type: 'message', role: 'user', content: 'What is 2 + 2?' },
      expect.objectContaining({ type: 'function_call', callId: 'call_h' }),
      expect.objectContaining({
        type: 'function_call_result',
        output: { type: 'text', text: '{"assistant":"Math Tutor"}' },
      }),
    ]);
    const types = result.newItems.map((item: RunItem) => item.type);
    expect(types).toEqual(['handoff_call_item', 'handoff_output_item', 'message_output_item']);
  });

  it('takes only the first of several handoff calls and applies input filters and onHandoff input', async () => {
    const billingModel = new FakeModel([[fakeMessage('billing here')]]);
    const billing = new Agent({ name: 'Billing', model: billingModel });
    const support = new Agent({ name: 'Support', model: new FakeModel([]) });
    const reasons: unknown[] = [];
    const model = new FakeModel([
      [fakeToolCall('to_billing', { reason: 'refund' }, 'call_1'), fakeToolCall('transfer_to_support', {}, 'call_2')],
    ]);
    const triage = new Agent({
      name: 'Triage',
      model,
      handoffs: [
        handoff(billing, {
          toolNameOverride: 'to_billing',
          inputType: z.object({ reason: z.string() }),
          onHandoff: (_context, input) => {
            reasons.push(input);
          },
          inputFilter: (data) => ({ ...data, preHandoffItems: [], newItems: [] }),
        }),
        support,
      ],
    });
    const result = await run(triage, 'I want my money back');
    expect(result.finalOutput).toBe('billing here');
    expect(reasons).toEqual([{ reason: 'refund' }]);
    expect(billingModel.requests[0]?.input).toEqual([
      { type: 'message', role: 'user', content: 'I want my money back' },
    ]);
  });

  it('fails with ModelBehaviorError when the handoff input is invalid', async () => {
    const target = new Agent({ name: 'Target', model: new FakeModel([]) });
    const model = new FakeModel([[fakeToolCall('transfer_to_target', { wrong: true })]]);
    const agent = new Agent({
      name: 'A',
      model,
      handoffs: [handoff(target, { inputType: z.object({ reason: z.string() }) })],
    });
    await expect(run(agent, 'x')).rejects.toBeInstanceOf(ModelBehaviorError);
  });
});
