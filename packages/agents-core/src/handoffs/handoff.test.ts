import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent } from '../agent/agent';
import { ModelBehaviorError } from '../errors/model-behavior-error';
import { RunContext } from '../run/run-context';
import { getHandoff, handoff } from './create-handoff';
import { Handoff, getTransferMessage } from './handoff';

describe('handoff', () => {
  const mathTutor = new Agent({ name: 'Math Tutor', handoffDescription: 'Specialist agent for math questions' });

  it('names the tool transfer_to_<snake name> and describes the target', async () => {
    const result = handoff(mathTutor);
    expect(result).toBeInstanceOf(Handoff);
    expect(result.toolName).toBe('transfer_to_math_tutor');
    expect(result.agentName).toBe('Math Tutor');
    expect(result.toolDescription).toContain('Specialist agent for math questions');
    expect(await result.onInvokeHandoff(new RunContext(), '')).toBe(mathTutor);
    expect(getHandoff(new Agent({ name: 'billingAgent' })).toolName).toBe('transfer_to_billing_agent');
  });

  it('normalises agents and keeps handoffs as they are', () => {
    const built = handoff(mathTutor, { toolNameOverride: 'to_math', toolDescriptionOverride: 'Math.' });
    expect(getHandoff(built)).toBe(built);
    expect(built.getHandoffAsFunctionTool()).toMatchObject({ toolName: 'to_math', toolDescription: 'Math.' });
  });

  it('validates inputType and calls onHandoff with the parsed input', async () => {
    const received: unknown[] = [];
    const escalation = handoff(mathTutor, {
      inputType: z.object({ reason: z.string() }),
      onHandoff: (_context, input) => {
        received.push(input);
      },
    });
    expect(escalation.inputJsonSchema.required).toEqual(['reason']);
    await escalation.onInvokeHandoff(new RunContext(), '{"reason":"algebra"}');
    expect(received).toEqual([{ reason: 'algebra' }]);
    await expect(escalation.onInvokeHandoff(new RunContext(), '{"reason":1}')).rejects.toBeInstanceOf(
      ModelBehaviorError,
    );
    await expect(escalation.onInvokeHandoff(new RunContext(), '{oops')).rejects.toBeInstanceOf(ModelBehaviorError);
  });

  it('builds the transfer message', () => {
    expect(getTransferMessage(mathTutor)).toBe('{"assistant":"Math Tutor"}');
  });
});
