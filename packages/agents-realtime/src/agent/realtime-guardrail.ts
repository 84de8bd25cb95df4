import type { GuardrailFunctionOutput, RunContext, UnknownContext } from '@parley/agents-core';
import type { RealtimeAgent } from './realtime-agent';
import type { RealtimeContextData } from './realtime-context';

/** Arguments of a realtime output guardrail. */
export interface RealtimeOutputGuardrailArgs<TContext = UnknownContext> {
  /** The transcript (or text) of the response so far. */
  agentOutput: string;
  agent: RealtimeAgent<TContext>;
  context: RunContext<RealtimeContextData<TContext>>;
}

/**
 * A check on what the agent says, run on the transcript as it streams (see
 * `outputGuardrailSettings.debounceTextLength`). A trip cuts the response off.
 */
export interface RealtimeOutputGuardrail<TContext = UnknownContext> {
  name: string;
  /** Told to the model when the guardrail trips, so it can rephrase. */
  policyHint?: string;
  execute(args: RealtimeOutputGuardrailArgs<TContext>): GuardrailFunctionOutput | Promise<GuardrailFunctionOutput>;
}

/** How often output guardrails run. */
export interface RealtimeOutputGuardrailSettings {
  /**
   * Run the guardrails every this many characters of transcript, and at the end; -1 runs them
   * only at the end. @default 100
   */
  debounceTextLength?: number;
}

/** The result of one realtime output guardrail. */
export interface RealtimeGuardrailResult {
  guardrail: { type: 'output'; name: string; policyHint?: string };
  agentOutput: string;
  agent: RealtimeAgent<any>;
  output: GuardrailFunctionOutput;
}
