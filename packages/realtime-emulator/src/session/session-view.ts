import { gaFormat } from '../protocol/audio-format';
import type { SessionConfig } from './session-config';

/** The GA session object (4.1) for `session.created` / `session.updated`. */
export function gaSessionObject(config: SessionConfig): Record<string, unknown> {
  const base = { object: config.type === 'transcription' ? 'realtime.transcription_session' : 'realtime.session' };
  return {
    type: config.type,
    ...base,
    id: config.id,
    model: config.model,
    output_modalities: config.outputModalities,
    instructions: config.instructions,
    tools: config.tools,
    tool_choice: config.toolChoice,
    max_output_tokens: config.maxOutputTokens,
    tracing: config.tracing,
    truncation: config.truncation,
    prompt: config.prompt,
    include: config.include,
    expires_at: config.expiresAt,
    audio: {
      input: {
        format: gaFormat(config.inputFormat),
        transcription: config.transcription,
        noise_reduction: config.noiseReduction,
        turn_detection: config.turnDetection,
      },
      output: { format: gaFormat(config.outputFormat), voice: config.voice, speed: config.speed },
    },
  };
}

/** The beta session object (4.5). */
export function betaSessionObject(config: SessionConfig): Record<string, unknown> {
  return {
    id: config.id,
    object: 'realtime.session',
    model: config.model,
    expires_at: config.expiresAt,
    modalities: config.outputModalities.includes('audio') ? ['text', 'audio'] : ['text'],
    instructions: config.instructions,
    voice: config.voice,
    input_audio_format: config.inputFormat,
    output_audio_format: config.outputFormat,
    input_audio_transcription: config.transcription,
    input_audio_noise_reduction: config.noiseReduction,
    turn_detection: config.turnDetection,
    tools: config.tools,
    tool_choice: config.toolChoice,
    temperature: config.temperature,
    max_response_output_tokens: config.maxOutputTokens,
    speed: config.speed,
    tracing: config.tracing,
    include: config.include,
    prompt: config.prompt,
  };
}
