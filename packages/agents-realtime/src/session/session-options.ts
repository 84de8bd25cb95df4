import type { UnknownContext } from '@parley/agents-core';
import type { RealtimeOutputGuardrail, RealtimeOutputGuardrailSettings } from '../agent/realtime-guardrail';
import type { RealtimeSessionConfig } from '../protocol/session-config';
import type { RealtimeTransportLayer } from '../transport/transport-layer';

/** Options of `new RealtimeSession(agent, options)`. */
export interface RealtimeSessionOptions<TContext = UnknownContext> {
  /**
   * How to reach the model: `'webrtc'` (the default in browsers), `'websocket'` (the default
   * elsewhere), or a transport instance (your own, a telephony bridge, a test fake).
   */
  transport?: 'webrtc' | 'websocket' | RealtimeTransportLayer;
  /** The model. @default 'gpt-realtime' */
  model?: string;
  /** Your context object; tools and guardrails see it with a `history` snapshot added. */
  context?: TContext;
  /** Session configuration (camelCase, GA or legacy spelling). */
  config?: Partial<RealtimeSessionConfig>;
  /** Checks on the agent's transcript while it speaks. */
  outputGuardrails?: RealtimeOutputGuardrail<TContext>[];
  /** How often output guardrails run. */
  outputGuardrailSettings?: RealtimeOutputGuardrailSettings;
  /** Keep audio bytes of messages in `history` (off: history holds transcripts only). @default false */
  historyStoreAudio?: boolean;
  /** Turn server-side tracing off. @default false */
  tracingDisabled?: boolean;
  /** Tracing workflow name. */
  workflowName?: string;
  /** Tracing group id (e.g. a conversation id). */
  groupId?: string;
  /** Tracing metadata. */
  traceMetadata?: Record<string, any>;
  /** Ask for a response after MCP tool calls complete. @default true */
  automaticallyTriggerResponseForMcpToolCalls?: boolean;
  /** Clock used for latency metrics (injectable for tests). @default Date.now */
  clock?: () => number;
}

/** Options of `session.connect()`. */
export interface RealtimeSessionConnectOptions {
  /** API key, ephemeral key, or a function returning one (e.g. minting an ephemeral key). */
  apiKey: string | (() => string | Promise<string>);
  /** Model to connect to (overrides the session's). */
  model?: string;
  /** Endpoint URL (e.g. a local emulator or a proxy). */
  url?: string;
  /** Extra session configuration for this connection. */
  initialSessionConfig?: Partial<RealtimeSessionConfig>;
  /** The call to attach to, with the SIP transport. */
  callId?: string;
}
