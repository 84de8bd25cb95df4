import type { Agent } from '../agent/agent';
import { GuardrailExecutionError } from '../errors/guardrail-execution-error';
import { InputGuardrailTripwireTriggered } from '../errors/input-guardrail-tripwire-triggered';
import { OutputGuardrailTripwireTriggered } from '../errors/output-guardrail-tripwire-triggered';
import type { InputGuardrail, InputGuardrailResult } from '../guardrails/input-guardrail';
import type { OutputGuardrail, OutputGuardrailResult } from '../guardrails/output-guardrail';
import type { AgentInputItem } from '../items/protocol';
import type { ModelResponse } from '../models/model';
import type { RunContext } from './run-context';
import type { RunTracing } from '../tracing/run-tracing';

type AnyAgent = Agent<any, any>;

async function guarded<T>(name: string, kind: string, task: () => T | Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new GuardrailExecutionError(`${kind} guardrail "${name}" failed: ${message}`, { cause: error });
  }
}

/** Runs input guardrails in parallel; throws the first tripwire, or a guardrail's own failure. */
export async function runInputGuardrails(
  guardrails: InputGuardrail<unknown>[],
  agent: AnyAgent,
  input: string | AgentInputItem[],
  context: RunContext<unknown>,
  tracing?: RunTracing,
): Promise<InputGuardrailResult[]> {
  return Promise.all(
    guardrails.map(async (guardrail) => {
      const check = async (): Promise<InputGuardrailResult> => {
        const output = await guarded(guardrail.name, 'Input', () => guardrail.execute({ agent, input, context }));
        const result: InputGuardrailResult = { guardrail: { type: 'input', name: guardrail.name }, output };
        if (output.tripwireTriggered) {
          throw new InputGuardrailTripwireTriggered(`Input guardrail triggered: ${guardrail.name}`, result);
        }
        return result;
      };
      return tracing ? tracing.guardrail(guardrail.name, check) : check();
    }),
  );
}

/** Runs output guardrails in parallel; throws the first tripwire, or a guardrail's own failure. */
export async function runOutputGuardrails(
  guardrails: OutputGuardrail<any, unknown>[],
  agent: AnyAgent,
  agentOutput: unknown,
  context: RunContext<unknown>,
  modelResponse: ModelResponse | undefined,
  tracing?: RunTracing,
): Promise<OutputGuardrailResult[]> {
  return Promise.all(
    guardrails.map(async (guardrail) => {
      const check = async (): Promise<OutputGuardrailResult> => {
        const output = await guarded(guardrail.name, 'Output', () =>
          guardrail.execute({ agent, agentOutput, context, details: modelResponse ? { modelResponse } : {} }),
        );
        const result: OutputGuardrailResult = {
          guardrail: { type: 'output', name: guardrail.name },
          agent,
          agentOutput,
          output,
        };
        if (output.tripwireTriggered) {
          throw new OutputGuardrailTripwireTriggered(`Output guardrail triggered: ${guardrail.name}`, result);
        }
        return result;
      };
      return tracing ? tracing.guardrail(guardrail.name, check) : check();
    }),
  );
}
