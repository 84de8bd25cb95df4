import type { AudioFormatName } from '../protocol/audio-format';
import { createId } from '../protocol/ids';

/** Turn detection settings (server_vad, or semantic_vad mapped onto the same detector). */
export interface TurnDetectionConfig {
  type: 'server_vad' | 'semantic_vad';
  threshold?: number;
  prefix_padding_ms?: number;
  silence_duration_ms?: number;
  idle_timeout_ms?: number | null;
  eagerness?: 'low' | 'medium' | 'high' | 'auto';
  create_response: boolean;
  interrupt_response: boolean;
}

/** A function tool as the session holds it. */
export interface ToolConfig {
  type: string;
  name?: string;
  description?: string;
  parameters?: unknown;
  [key: string]: unknown;
}

/** The effective session configuration, independent of dialect. */
export interface SessionConfig {
  id: string;
  type: 'realtime' | 'transcription';
  model: string;
  instructions: string;
  outputModalities: Array<'audio' | 'text'>;
  inputFormat: AudioFormatName;
  outputFormat: AudioFormatName;
  voice: unknown;
  speed: number;
  transcription: Record<string, unknown> | null;
  noiseReduction: Record<string, unknown> | null;
  turnDetection: TurnDetectionConfig | null;
  tools: ToolConfig[];
  toolChoice: unknown;
  maxOutputTokens: number | 'inf';
  temperature: number;
  tracing: unknown;
  truncation: unknown;
  prompt: unknown;
  include: string[] | null;
  expiresAt: number;
}

/** Default instructions, reported when the client never sets any. */
export const DEFAULT_INSTRUCTIONS =
  'You are a deterministic test model. Answer "say TEXT" with TEXT and "call TOOL {json}" with that tool call.';

/** A fresh session configuration with the hosted service's observed defaults. */
export function defaultSessionConfig(model = 'gpt-realtime', sessionMinutes = 60): SessionConfig {
  return {
    id: createId('sess'),
    type: 'realtime',
    model,
    instructions: DEFAULT_INSTRUCTIONS,
    outputModalities: ['audio'],
    inputFormat: 'pcm16',
    outputFormat: 'pcm16',
    voice: 'marin',
    speed: 1,
    transcription: null,
    noiseReduction: null,
    turnDetection: defaultTurnDetection('server_vad'),
    tools: [],
    toolChoice: 'auto',
    maxOutputTokens: 'inf',
    temperature: 0.8,
    tracing: null,
    truncation: 'auto',
    prompt: null,
    include: null,
    expiresAt: Math.floor(Date.now() / 1000) + sessionMinutes * 60,
  };
}

/** Turn detection defaults as the service fills them in. */
export function defaultTurnDetection(type: 'server_vad' | 'semantic_vad'): TurnDetectionConfig {
  if (type === 'semantic_vad') return { type, eagerness: 'auto', create_response: true, interrupt_response: true };
  return {
    type,
    threshold: 0.5,
    prefix_padding_ms: 300,
    silence_duration_ms: 500,
    idle_timeout_ms: null,
    create_response: true,
    interrupt_response: true,
  };
}
