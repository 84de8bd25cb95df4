import { parseBetaFormat, parseGaFormat } from '../protocol/audio-format';
import { invalidValue, missingParameter, unknownParameter } from '../protocol/errors';
import type { SessionConfig, ToolConfig } from './session-config';
import { parseTurnDetection } from './turn-detection';

const GA_FIELDS = new Set([
  'type',
  'object',
  'id',
  'model',
  'output_modalities',
  'instructions',
  'audio',
  'tools',
  'tool_choice',
  'max_output_tokens',
  'tracing',
  'truncation',
  'prompt',
  'include',
  'parallel_tool_calls',
  'reasoning',
  'expires_at',
]);

const BETA_FIELDS = new Set([
  'id',
  'object',
  'model',
  'expires_at',
  'modalities',
  'instructions',
  'voice',
  'input_audio_format',
  'output_audio_format',
  'input_audio_transcription',
  'input_audio_noise_reduction',
  'turn_detection',
  'tools',
  'tool_choice',
  'temperature',
  'max_response_output_tokens',
  'speed',
  'tracing',
  'include',
  'prompt',
  'client_secret',
]);

function asObject(value: unknown, param: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidValue(param, value);
  return value as Record<string, unknown>;
}

function parseTools(value: unknown, param: string): ToolConfig[] {
  if (!Array.isArray(value)) throw invalidValue(param, value);
  return value.map((tool, index) => {
    const entry = asObject(tool, `${param}[${index}]`);
    if (entry.type !== 'function' && entry.type !== 'mcp') {
      throw invalidValue(`${param}[${index}].type`, entry.type, ['function', 'mcp']);
    }
    if (entry.type === 'function' && typeof entry.name !== 'string') throw missingParameter(`${param}[${index}].name`);
    return entry as ToolConfig;
  });
}

function parseMaxTokens(value: unknown, param: string): number | 'inf' {
  if (value === 'inf') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4096) return value;
  throw invalidValue(param, value);
}

function parseModalities(value: unknown, param: string, dialect: 'ga' | 'beta'): Array<'audio' | 'text'> {
  if (!Array.isArray(value) || value.length === 0) throw invalidValue(param, value);
  for (const entry of value)
    if (entry !== 'audio' && entry !== 'text') throw invalidValue(param, entry, ['text', 'audio']);
  if (dialect === 'ga' && value.length > 1) throw invalidValue(param, value, ['audio', 'text']);
  return value.includes('audio') ? ['audio'] : ['text'];
}

/**
 * Applies a GA `session.update.session` to a copy of the configuration. Only present fields change;
 * a rejected update throws and changes nothing.
 */
export function applyGaUpdate(current: SessionConfig, input: unknown, root = 'session'): SessionConfig {
  const session = asObject(input, root);
  for (const key of Object.keys(session)) if (!GA_FIELDS.has(key)) throw unknownParameter(`${root}.${key}`);
  if (session.type === undefined) throw missingParameter(`${root}.type`);
  if (session.type !== 'realtime' && session.type !== 'transcription') {
    throw invalidValue(`${root}.type`, session.type, ['realtime', 'transcription']);
  }
  const next: SessionConfig = { ...current, type: session.type };
  if (session.model !== undefined && session.model !== current.model && typeof session.model !== 'string') {
    throw invalidValue(`${root}.model`, session.model);
  }
  if (typeof session.model === 'string') next.model = session.model;
  if (session.instructions !== undefined) {
    if (typeof session.instructions !== 'string') throw invalidValue(`${root}.instructions`, session.instructions);
    next.instructions = session.instructions;
  }
  if (session.output_modalities !== undefined) {
    next.outputModalities = parseModalities(session.output_modalities, `${root}.output_modalities`, 'ga');
  }
  if (session.tools !== undefined) next.tools = parseTools(session.tools, `${root}.tools`);
  if (session.tool_choice !== undefined) next.toolChoice = session.tool_choice;
  if (session.max_output_tokens !== undefined) {
    next.maxOutputTokens = parseMaxTokens(session.max_output_tokens, `${root}.max_output_tokens`);
  }
  for (const [key, field] of [
    ['tracing', 'tracing'],
    ['truncation', 'truncation'],
    ['prompt', 'prompt'],
  ] as const) {
    if (session[key] !== undefined) next[field] = session[key];
  }
  if (session.include !== undefined) next.include = session.include as string[] | null;
  if (session.audio !== undefined) applyGaAudio(next, asObject(session.audio, `${root}.audio`), `${root}.audio`);
  return next;
}

function applyGaAudio(next: SessionConfig, audio: Record<string, unknown>, param: string): void {
  for (const key of Object.keys(audio))
    if (key !== 'input' && key !== 'output') throw unknownParameter(`${param}.${key}`);
  if (audio.input !== undefined) {
    const input = asObject(audio.input, `${param}.input`);
    const known = ['format', 'transcription', 'noise_reduction', 'turn_detection'];
    for (const key of Object.keys(input)) if (!known.includes(key)) throw unknownParameter(`${param}.input.${key}`);
    if (input.format !== undefined) next.inputFormat = parseGaFormat(input.format, `${param}.input.format`);
    if (input.transcription !== undefined) next.transcription = input.transcription as Record<string, unknown> | null;
    if (input.noise_reduction !== undefined)
      next.noiseReduction = input.noise_reduction as Record<string, unknown> | null;
    if (input.turn_detection !== undefined) {
      next.turnDetection = parseTurnDetection(input.turn_detection, `${param}.input.turn_detection`);
    }
  }
  if (audio.output !== undefined) {
    const output = asObject(audio.output, `${param}.output`);
    for (const key of Object.keys(output)) {
      if (!['format', 'voice', 'speed'].includes(key)) throw unknownParameter(`${param}.output.${key}`);
    }
    if (output.format !== undefined) next.outputFormat = parseGaFormat(output.format, `${param}.output.format`);
    if (output.voice !== undefined) next.voice = output.voice;
    if (output.speed !== undefined) {
      if (typeof output.speed !== 'number' || output.speed < 0.25 || output.speed > 1.5) {
        throw invalidValue(`${param}.output.speed`, output.speed);
      }
      next.speed = output.speed;
    }
  }
}

/** Applies a beta (flat) `session.update.session` to a copy of the configuration. */
export function applyBetaUpdate(current: SessionConfig, input: unknown, root = 'session'): SessionConfig {
  const session = asObject(input, root);
  for (const key of Object.keys(session)) if (!BETA_FIELDS.has(key)) throw unknownParameter(`${root}.${key}`);
  const next: SessionConfig = { ...current };
  if (typeof session.model === 'string') next.model = session.model;
  if (session.instructions !== undefined) {
    if (typeof session.instructions !== 'string') throw invalidValue(`${root}.instructions`, session.instructions);
    next.instructions = session.instructions;
  }
  if (session.modalities !== undefined)
    next.outputModalities = parseModalities(session.modalities, `${root}.modalities`, 'beta');
  if (session.voice !== undefined) next.voice = session.voice;
  if (session.input_audio_format !== undefined) {
    next.inputFormat = parseBetaFormat(session.input_audio_format, `${root}.input_audio_format`);
  }
  if (session.output_audio_format !== undefined) {
    next.outputFormat = parseBetaFormat(session.output_audio_format, `${root}.output_audio_format`);
  }
  if (session.input_audio_transcription !== undefined) {
    next.transcription = session.input_audio_transcription as Record<string, unknown> | null;
  }
  if (session.input_audio_noise_reduction !== undefined) {
    next.noiseReduction = session.input_audio_noise_reduction as Record<string, unknown> | null;
  }
  if (session.turn_detection !== undefined) {
    next.turnDetection = parseTurnDetection(session.turn_detection, `${root}.turn_detection`);
  }
  if (session.tools !== undefined) next.tools = parseTools(session.tools, `${root}.tools`);
  if (session.tool_choice !== undefined) next.toolChoice = session.tool_choice;
  if (session.temperature !== undefined) {
    if (typeof session.temperature !== 'number') throw invalidValue(`${root}.temperature`, session.temperature);
    next.temperature = session.temperature;
  }
  if (session.max_response_output_tokens !== undefined) {
    next.maxOutputTokens = parseMaxTokens(session.max_response_output_tokens, `${root}.max_response_output_tokens`);
  }
  if (typeof session.speed === 'number') next.speed = session.speed;
  if (session.tracing !== undefined) next.tracing = session.tracing;
  if (session.include !== undefined) next.include = session.include as string[] | null;
  if (session.prompt !== undefined) next.prompt = session.prompt;
  return next;
}
