import type { Agent } from '../agent/agent';
import type { AgentInputItem } from '../items/protocol';
import type { RunContext } from '../run/run-context';

/** What a guardrail function returns. */
export interface GuardrailFunctionOutput {
  /** True stops the run with a tripwire error. */
  tripwireTriggered: boolean;
  /** Anything the guardrail wants to report (its reasoning, scores). */
  outputInfo?: unknown;
}

/** Arguments of an input guardrail. */
export interface InputGuardrailFunctionArgs<TContext = unknown> {
  agent: Agent<any, any>;
  input: string | AgentInputItem[];
  context: RunContext<TContext>;
}

/** A check on the run's input, run in parallel with the first agent's first turn. */
export interface InputGuardrail<TContext = unknown> {
  name: string;
  execute(args: InputGuardrailFunctionArgs<TContext>): GuardrailFunctionOutput | Promise<GuardrailFunctionOutput>;
}

/** The result of one input guardrail. */
export interface InputGuardrailResult {
  guardrail: { type: 'input'; name: string };
  output: GuardrailFunctionOutput;
}

/** Defines an input guardrail (an identity helper for type inference). */
export function defineInputGuardrail<TContext = unknown>(
  guardrail: InputGuardrail<TContext>,
): InputGuardrail<TContext> {
  return guardrail;
}
