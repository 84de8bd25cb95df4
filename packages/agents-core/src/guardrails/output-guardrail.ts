import type { Agent } from '../agent/agent';
import type { AgentOutputType, ResolvedAgentOutput, TextOutput } from '../agent/output-type';
import type { ModelResponse } from '../models/model';
import type { RunContext } from '../run/run-context';
import type { GuardrailFunctionOutput } from './input-guardrail';

/** Arguments of an output guardrail. */
export interface OutputGuardrailFunctionArgs<TOutput extends AgentOutputType = TextOutput, TContext = unknown> {
  agent: Agent<any, any>;
  agentOutput: ResolvedAgentOutput<TOutput>;
  context: RunContext<TContext>;
  details?: { modelResponse?: ModelResponse };
}

/** A check on an agent's final output. */
export interface OutputGuardrail<TOutput extends AgentOutputType = TextOutput, TContext = unknown> {
  name: string;
  execute(
    args: OutputGuardrailFunctionArgs<TOutput, TContext>,
  ): GuardrailFunctionOutput | Promise<GuardrailFunctionOutput>;
}

/** The result of one output guardrail. */
export interface OutputGuardrailResult {
  guardrail: { type: 'output'; name: string };
  agentOutput: unknown;
  agent: Agent<any, any>;
  output: GuardrailFunctionOutput;
}

/** Defines an output guardrail (an identity helper for type inference). */
export function defineOutputGuardrail<TOutput extends AgentOutputType = TextOutput, TContext = unknown>(
  guardrail: OutputGuardrail<TOutput, TContext>,
): OutputGuardrail<TOutput, TContext> {
  return guardrail;
}
