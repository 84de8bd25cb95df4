import type { UnknownContext } from '@parley/agents-core';
import type { RealtimeItem } from '../protocol/items';

/**
 * The context a realtime session hands to tools, guardrails and instructions: your own context
 * plus `history`, a snapshot of the conversation at the moment of the call.
 */
export type RealtimeContextData<TContext = UnknownContext> = TContext & {
  history: RealtimeItem[];
};
