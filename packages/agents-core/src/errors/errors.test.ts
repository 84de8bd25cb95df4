import { describe, expect, it } from 'vitest';
import { Agent } from '../agent/agent';
import { RunContext } from '../run/run-context';
import { RunState } from '../run/run-state';
import { AgentsError } from './agents-error';
import { UserError } from './user-error';
import { ModelBehaviorError } from './model-behavior-error';
import { MaxTurnsExceededError } from './max-turns-exceeded-error';
import { ToolCallError } from './tool-call-error';
import { GuardrailExecutionError } from './guardrail-execution-error';
import { InputGuardrailTripwireTriggered } from './input-guardrail-tripwire-triggered';
import { OutputGuardrailTripwireTriggered } from './output-guardrail-tripwire-triggered';

describe('error classes', () => {
  it('each has its own stable code and name and is an AgentsError', () => {
    const errors = [
      [new UserError('x'), 'user_error'],
      [new ModelBehaviorError('x'), 'model_behavior_error'],
      [new MaxTurnsExceededError('x'), 'max_turns_exceeded'],
      [new ToolCallError('x', { toolName: 't' }), 'tool_call_error'],
      [new GuardrailExecutionError('x'), 'guardrail_execution_error'],
      [
        new InputGuardrailTripwireTriggered('x', {
          guardrail: { type: 'input', name: 'g' },
          output: { tripwireTriggered: true },
        }),
        'input_guardrail_tripwire_triggered',
      ],
    ] as const;
    for (const [error, code] of errors) {
      expect(error.code).toBe(code);
      expect(error).toBeInstanceOf(AgentsError);
      expect(AgentsError.isInstance(error)).toBe(true);
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it('carries the tool name, the result, the cause and the state', () => {
    const cause = new Error('root');
    const state = new RunState(new RunContext(), 'x', new Agent({ name: 'A' }), 10);
    const toolError = new ToolCallError('failed', { toolName: 'lookup', cause, state });
    expect(toolError.toolName).toBe('lookup');
    expect(toolError.cause).toBe(cause);
    expect(toolError.state).toBe(state);
    const result = { name: 'r' };
    const tripped = new OutputGuardrailTripwireTriggered('tripped', result);
    expect(tripped.result).toBe(result);
    expect(tripped.code).toBe('output_guardrail_tripwire_triggered');
    expect(new UserError('no cause').cause).toBeUndefined();
  });
});
