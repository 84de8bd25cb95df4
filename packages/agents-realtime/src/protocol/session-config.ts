import type { RealtimeAudioFormat } from '../audio/format';

/** Turn detection, camelCase (snake_case keys are accepted too and unknown keys pass through). */
export type RealtimeTurnDetectionConfig = {
  type?: 'server_vad' | 'semantic_vad' | (string & {});
  createResponse?: boolean;
  interruptResponse?: boolean;
  eagerness?: 'auto' | 'low' | 'medium' | 'high';
  threshold?: number;
  prefixPaddingMs?: number;
  silenceDurationMs?: number;
  idleTimeoutMs?: number | null;
  modelVersion?: string;
  [key: string]: unknown;
};

/** Input transcription settings, passed to the server unchanged. */
export type RealtimeInputAudioTranscriptionConfig = {
  model?: string;
  language?: string;
  prompt?: string;
  [key: string]: unknown;
};

export type RealtimeNoiseReductionConfig = { type: 'near_field' | 'far_field'; [key: string]: unknown };

export type RealtimeTracingConfig =
  | 'auto'
  | { workflow_name?: string; group_id?: string; metadata?: Record<string, any> };

/** A function tool as the model sees it. */
export type RealtimeToolDefinition = {
  type: 'function';
  name: string;
  description?: string;
  parameters?: Record<string, any>;
};

/** An MCP tool as the model sees it (GA only). */
export type RealtimeMcpToolDefinition = {
  type: 'mcp';
  server_label: string;
  server_url?: string;
  [key: string]: unknown;
};

export type RealtimeModality = 'text' | 'audio';

export type RealtimeToolChoice =
  | 'auto'
  | 'none'
  | 'required'
  | { type: 'function'; name: string }
  | { type: 'mcp'; server_label: string; name?: string };

/**
 * The session configuration in the SDK's camelCase spelling. Both the GA layout (`audio.input.*`)
 * and the older flat keys (`inputAudioFormat`, `turnDetection`, ...) are accepted; either maps to
 * whichever wire dialect the transport speaks.
 */
export interface RealtimeSessionConfig {
  model?: string;
  instructions?: string;
  /** GA output modalities: `['audio']` (default) or `['text']`. */
  outputModalities?: RealtimeModality[];
  /** Legacy spelling of `outputModalities`. */
  modalities?: RealtimeModality[];
  audio?: {
    input?: {
      format?: RealtimeAudioFormat;
      transcription?: RealtimeInputAudioTranscriptionConfig | null;
      noiseReduction?: RealtimeNoiseReductionConfig | null;
      turnDetection?: RealtimeTurnDetectionConfig | null;
    };
    output?: { format?: RealtimeAudioFormat; voice?: string; speed?: number };
  };
  voice?: string;
  speed?: number;
  inputAudioFormat?: RealtimeAudioFormat;
  outputAudioFormat?: RealtimeAudioFormat;
  inputAudioTranscription?: RealtimeInputAudioTranscriptionConfig | null;
  inputAudioNoiseReduction?: RealtimeNoiseReductionConfig | null;
  turnDetection?: RealtimeTurnDetectionConfig | null;
  tools?: (RealtimeToolDefinition | RealtimeMcpToolDefinition)[];
  toolChoice?: RealtimeToolChoice;
  tracing?: RealtimeTracingConfig | null;
  prompt?: { promptId: string; version?: string; variables?: Record<string, any> };
  maxOutputTokens?: number | 'inf';
  /** Beta dialect only. */
  temperature?: number;
  truncation?: unknown;
  include?: string[];
  parallelToolCalls?: boolean;
  reasoning?: { effort?: string; [key: string]: unknown };
  /** Copied onto the top level of the wire session object, overriding computed fields. */
  providerData?: Record<string, any>;
}

/** Which wire dialect a transport speaks. */
export type RealtimeProtocolDialect = 'ga' | 'beta';
