import type { RealtimeAudioFormat } from '../audio/format';
import type { RealtimeProtocolDialect, RealtimeSessionConfig, RealtimeTurnDetectionConfig } from './session-config';

/** Defaults applied when a full session is built and the user set nothing (protocol doc §12.2). */
export const DEFAULT_SESSION_CONFIG = {
  outputModalities: ['audio'] as RealtimeSessionConfig['outputModalities'],
  inputAudioFormat: 'pcm16' as RealtimeAudioFormat,
  outputAudioFormat: 'pcm16' as RealtimeAudioFormat,
  inputAudioTranscription: { model: 'gpt-4o-mini-transcribe' },
  turnDetection: { type: 'semantic_vad' } as RealtimeTurnDetectionConfig,
  noiseReduction: null,
  speed: 1,
};

const LEGACY_KEYS = [
  'modalities',
  'inputAudioFormat',
  'outputAudioFormat',
  'inputAudioTranscription',
  'turnDetection',
  'inputAudioNoiseReduction',
  'speed',
] as const;

const TURN_DETECTION_KEYS: Record<string, string> = {
  createResponse: 'create_response',
  interruptResponse: 'interrupt_response',
  prefixPaddingMs: 'prefix_padding_ms',
  silenceDurationMs: 'silence_duration_ms',
  idleTimeoutMs: 'idle_timeout_ms',
  modelVersion: 'model_version',
};

/** The flattened view of a user config: one place for each setting, whichever spelling was used. */
export interface NormalizedAudioConfig {
  outputModalities?: RealtimeSessionConfig['outputModalities'];
  inputFormat?: RealtimeAudioFormat;
  outputFormat?: RealtimeAudioFormat;
  transcription?: Record<string, unknown> | null;
  noiseReduction?: Record<string, unknown> | null;
  turnDetection?: RealtimeTurnDetectionConfig | null;
  voice?: string;
  speed?: number;
}

/** Whether a config uses the legacy flat audio keys (then they win as a block). */
export function usesLegacyAudioKeys(config: RealtimeSessionConfig): boolean {
  return LEGACY_KEYS.some((key) => config[key] !== undefined);
}

/** Reads audio-related settings from either spelling; legacy keys win as a block when present. */
export function normalizeAudioConfig(config: RealtimeSessionConfig): NormalizedAudioConfig {
  const usesLegacy = usesLegacyAudioKeys(config);
  if (usesLegacy) {
    return {
      outputModalities: config.outputModalities ?? config.modalities,
      inputFormat: config.inputAudioFormat,
      outputFormat: config.outputAudioFormat,
      transcription: config.inputAudioTranscription,
      noiseReduction: config.inputAudioNoiseReduction,
      turnDetection: config.turnDetection,
      voice: config.voice ?? config.audio?.output?.voice,
      speed: config.speed,
    };
  }
  return {
    outputModalities: config.outputModalities,
    inputFormat: config.audio?.input?.format,
    outputFormat: config.audio?.output?.format,
    transcription: config.audio?.input?.transcription,
    noiseReduction: config.audio?.input?.noiseReduction,
    turnDetection: config.audio?.input?.turnDetection,
    voice: config.audio?.output?.voice ?? config.voice,
    speed: config.audio?.output?.speed,
  };
}

/** camelCase turn detection → wire; snake_case accepted; unknown keys kept; undefined dropped. */
export function toWireTurnDetection(
  turnDetection: RealtimeTurnDetectionConfig | null | undefined,
): Record<string, unknown> | null | undefined {
  if (turnDetection === null) return null;
  if (turnDetection === undefined) return undefined;
  const wire: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(turnDetection)) {
    if (value === undefined) continue;
    wire[TURN_DETECTION_KEYS[key] ?? key] = value;
  }
  return wire;
}

/** Any spelling of an audio format → the GA object. */
export function toGaAudioFormat(format: RealtimeAudioFormat): Record<string, unknown> {
  const type = typeof format === 'string' ? format : format.type;
  if (type === 'g711_ulaw' || type === 'audio/pcmu') return { type: 'audio/pcmu' };
  if (type === 'g711_alaw' || type === 'audio/pcma') return { type: 'audio/pcma' };
  return { type: 'audio/pcm', rate: 24000 };
}

/** Any spelling of an audio format → the beta name. */
export function toBetaAudioFormat(format: RealtimeAudioFormat): string {
  const type = typeof format === 'string' ? format : format.type;
  if (type === 'g711_ulaw' || type === 'audio/pcmu') return 'g711_ulaw';
  if (type === 'g711_alaw' || type === 'audio/pcma') return 'g711_alaw';
  return 'pcm16';
}

function omitUndefined(object: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}

function toolsFor(config: RealtimeSessionConfig, dialect: RealtimeProtocolDialect): unknown[] | undefined {
  if (!config.tools) return undefined;
  return config.tools
    .filter((tool) => dialect === 'ga' || tool.type === 'function')
    .map((tool) =>
      tool.type === 'function'
        ? omitUndefined({
            type: 'function',
            name: tool.name,
            description: tool.description,
            parameters: tool.parameters,
          })
        : { ...tool },
    );
}

/**
 * Maps a user config to the wire `session` object of `session.update` in the given dialect.
 * Only settings present in `config` appear (a partial update stays partial); call
 * `withSessionDefaults` first to build a complete session.
 */
export function toWireSessionConfig(
  config: RealtimeSessionConfig,
  dialect: RealtimeProtocolDialect = 'ga',
): Record<string, unknown> {
  const audio = normalizeAudioConfig(config);
  const common = {
    model: config.model,
    instructions: config.instructions,
    tools: toolsFor(config, dialect),
    tool_choice: config.toolChoice,
    tracing: config.tracing,
    include: config.include,
    prompt: config.prompt
      ? omitUndefined({
          id: config.prompt.promptId,
          version: config.prompt.version,
          variables: config.prompt.variables,
        })
      : undefined,
    parallel_tool_calls: config.parallelToolCalls,
    reasoning: config.reasoning,
  };
  let wire: Record<string, unknown>;
  if (dialect === 'beta') {
    wire = {
      ...common,
      modalities: audio.outputModalities,
      voice: audio.voice,
      speed: audio.speed,
      input_audio_format: audio.inputFormat === undefined ? undefined : toBetaAudioFormat(audio.inputFormat),
      output_audio_format: audio.outputFormat === undefined ? undefined : toBetaAudioFormat(audio.outputFormat),
      input_audio_transcription: audio.transcription,
      input_audio_noise_reduction: audio.noiseReduction,
      turn_detection: toWireTurnDetection(audio.turnDetection),
      temperature: config.temperature,
      max_response_output_tokens: config.maxOutputTokens,
    };
  } else {
    const input = omitUndefined({
      format: audio.inputFormat === undefined ? undefined : toGaAudioFormat(audio.inputFormat),
      transcription: audio.transcription,
      noise_reduction: audio.noiseReduction,
      turn_detection: toWireTurnDetection(audio.turnDetection),
    });
    const output = omitUndefined({
      format: audio.outputFormat === undefined ? undefined : toGaAudioFormat(audio.outputFormat),
      voice: audio.voice,
      speed: audio.speed,
    });
    const audioBlock = omitUndefined({
      input: Object.keys(input).length ? input : undefined,
      output: Object.keys(output).length ? output : undefined,
    });
    wire = {
      type: 'realtime',
      ...common,
      // GA allows one output modality; a legacy ['text', 'audio'] means audio (which carries a transcript).
      output_modalities: audio.outputModalities
        ? audio.outputModalities.includes('audio')
          ? ['audio']
          : ['text']
        : undefined,
      audio: Object.keys(audioBlock).length ? audioBlock : undefined,
      max_output_tokens: config.maxOutputTokens,
      truncation: config.truncation,
    };
  }
  return { ...omitUndefined(wire), ...(config.providerData ?? {}) };
}

/**
 * Fills the settings the user left unset with the SDK defaults (§12.2), in the legacy-free GA
 * layout so the result can be mapped to either dialect. `formats` lets a transport supply its own
 * default audio formats (a telephony bridge wants G.711, not PCM16).
 */
export function withSessionDefaults(
  config: RealtimeSessionConfig,
  formats: { input?: RealtimeAudioFormat; output?: RealtimeAudioFormat } = {},
): RealtimeSessionConfig {
  const audio = normalizeAudioConfig(config);
  const {
    modalities: _modalities,
    inputAudioFormat: _inputAudioFormat,
    outputAudioFormat: _outputAudioFormat,
    inputAudioTranscription: _inputAudioTranscription,
    inputAudioNoiseReduction: _inputAudioNoiseReduction,
    turnDetection: _turnDetection,
    speed: _speed,
    voice: _voice,
    ...rest
  } = config;
  const pick = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
  return {
    ...rest,
    outputModalities: pick(audio.outputModalities, DEFAULT_SESSION_CONFIG.outputModalities),
    audio: {
      input: {
        format: audio.inputFormat ?? formats.input ?? DEFAULT_SESSION_CONFIG.inputAudioFormat,
        transcription: pick(audio.transcription, DEFAULT_SESSION_CONFIG.inputAudioTranscription),
        noiseReduction: pick(audio.noiseReduction as any, DEFAULT_SESSION_CONFIG.noiseReduction),
        turnDetection: pick(audio.turnDetection, DEFAULT_SESSION_CONFIG.turnDetection),
      },
      output: {
        format: audio.outputFormat ?? formats.output ?? DEFAULT_SESSION_CONFIG.outputAudioFormat,
        ...(audio.voice !== undefined ? { voice: audio.voice } : {}),
        speed: pick(audio.speed, DEFAULT_SESSION_CONFIG.speed),
      },
    },
  };
}
