import type {
  FunctionTool,
  OutputGuardrailTripwireTriggered,
  RunContext,
  RunToolApprovalItem,
} from '@parley/agents-core';
import type { RealtimeAgent } from '../agent/realtime-agent';
import type { RealtimeContextData } from '../agent/realtime-context';
import type { RealtimeGuardrailResult } from '../agent/realtime-guardrail';
import type { RealtimeItem } from '../protocol/items';
import type { TransportEvent, TransportLayerAudio, TransportToolCallEvent } from '../transport/transport-events';
import type { RealtimeTurnMetrics } from './metrics';

/** A tool call waiting for `session.approve()` or `session.reject()`. */
export interface RealtimeToolApprovalRequest {
  type: 'function_approval';
  tool: FunctionTool<any, any, any>;
  approvalItem: RunToolApprovalItem;
}

/** An error reported by the session (wrapping transport, tool and guardrail failures). */
export interface RealtimeSessionError {
  type: 'error';
  error: unknown;
}

/** Events of a `RealtimeSession`, as labelled tuples. */
export type RealtimeSessionEventTypes<TContext = unknown> = {
  /** A response started for `agent`. */
  agent_start: [context: RunContext<RealtimeContextData<TContext>>, agent: RealtimeAgent<TContext>];
  /** A response ended; `output` is its transcript or text. */
  agent_end: [context: RunContext<RealtimeContextData<TContext>>, agent: RealtimeAgent<TContext>, output: string];
  /** The conversation passed from one agent to another. */
  agent_handoff: [
    context: RunContext<RealtimeContextData<TContext>>,
    fromAgent: RealtimeAgent<TContext>,
    toAgent: RealtimeAgent<TContext>,
  ];
  agent_tool_start: [
    context: RunContext<RealtimeContextData<TContext>>,
    agent: RealtimeAgent<TContext>,
    tool: FunctionTool<any, any, any>,
    details: { toolCall: TransportToolCallEvent },
  ];
  agent_tool_end: [
    context: RunContext<RealtimeContextData<TContext>>,
    agent: RealtimeAgent<TContext>,
    tool: FunctionTool<any, any, any>,
    result: string,
    details: { toolCall: TransportToolCallEvent },
  ];
  /** Every event the transport received (raw, parsed). */
  transport_event: [event: TransportEvent];
  /** The agent started speaking (first audio of a response). */
  audio_start: [context: RunContext<RealtimeContextData<TContext>>, agent: RealtimeAgent<TContext>];
  /** A chunk of the agent's audio, to play. */
  audio: [event: TransportLayerAudio];
  /** The agent finished sending audio for the current response. */
  audio_stopped: [context: RunContext<RealtimeContextData<TContext>>, agent: RealtimeAgent<TContext>];
  /** The agent was interrupted; stop local playback. */
  audio_interrupted: [context: RunContext<RealtimeContextData<TContext>>, agent: RealtimeAgent<TContext>];
  /** A new item entered the history. */
  history_added: [item: RealtimeItem];
  /** The history changed; this is the whole new history. */
  history_updated: [history: RealtimeItem[]];
  /** An output guardrail tripped; the response was cut off. */
  guardrail_tripped: [
    context: RunContext<RealtimeContextData<TContext>>,
    agent: RealtimeAgent<TContext>,
    error: OutputGuardrailTripwireTriggered<RealtimeGuardrailResult>,
    details: { itemId: string },
  ];
  /** A tool needs approval; call `session.approve()` or `session.reject()`. */
  tool_approval_requested: [
    context: RunContext<RealtimeContextData<TContext>>,
    agent: RealtimeAgent<TContext>,
    approvalRequest: RealtimeToolApprovalRequest,
  ];
  /** Latency figures of a finished turn. */
  turn_metrics: [metrics: RealtimeTurnMetrics];
  /** Something failed; the session goes on. */
  error: [error: RealtimeSessionError];
};
