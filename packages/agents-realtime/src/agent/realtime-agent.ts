import {
  Agent,
  type AgentConfiguration,
  type Handoff,
  type TextOutput,
  type UnknownContext,
} from '@parley/agents-core';
import type { RealtimeContextData } from './realtime-context';

/** Options of {@link RealtimeAgent}: those of `Agent` that make sense for a live voice session. */
export type RealtimeAgentConfiguration<TContext = UnknownContext> = Partial<
  Omit<
    AgentConfiguration<RealtimeContextData<TContext>, TextOutput>,
    | 'model'
    | 'handoffs'
    | 'modelSettings'
    | 'outputType'
    | 'toolUseBehavior'
    | 'resetToolChoice'
    | 'outputGuardrails'
    | 'inputGuardrails'
  >
> & {
  /** The agent's name. */
  name: string;
  /** Other realtime agents (or handoffs to them) this agent can pass the conversation to. */
  handoffs?: (RealtimeAgent<any> | Handoff<any, TextOutput>)[];
  /**
   * The voice to speak with. Only the first agent's voice counts: the voice cannot change once
   * the model has spoken, so handoffs keep it.
   */
  voice?: string;
};

/**
 * An agent for a `RealtimeSession`: name, instructions, tools made with `tool()`, handoffs to
 * other realtime agents and a voice. The model and its settings belong to the session, so a
 * handoff swaps instructions and tools in the live session and keeps the conversation.
 *
 * @example
 * const agent = new RealtimeAgent({ name: 'Assistant', instructions: 'You are a helpful assistant.' });
 */
export class RealtimeAgent<TContext = UnknownContext> extends Agent<RealtimeContextData<TContext>, TextOutput> {
  /** The voice the session speaks with when this agent starts it. */
  readonly voice: string | undefined;

  constructor(config: RealtimeAgentConfiguration<TContext>) {
    super(config as AgentConfiguration<RealtimeContextData<TContext>, TextOutput>);
    this.voice = config.voice;
  }

  /** Type guard that works across two installed copies of the package. */
  static isRealtimeAgent(value: unknown): value is RealtimeAgent<any> {
    return value instanceof RealtimeAgent || (value instanceof Agent && 'voice' in value);
  }
}
