import { parseBetaFormat, parseGaFormat, type AudioFormatName } from '../protocol/audio-format';
import type { Dialect } from '../protocol/dialect';
import { ProtocolError, invalidValue } from '../protocol/errors';
import { type ParsedItem, parseClientItem } from './items';
import type { SessionConfig, ToolConfig } from './session-config';

/** A `response.create` after defaults are filled in from the session. */
export interface ResponseRequest {
  conversation: 'auto' | 'none';
  /** Custom context (`response.input`); `undefined` = the whole conversation. */
  input?: Array<ParsedItem | { reference: string }>;
  instructions: string;
  tools: ToolConfig[];
  toolChoice: unknown;
  modalities: Array<'audio' | 'text'>;
  outputFormat: AudioFormatName;
  voice: unknown;
  maxOutputTokens: number | 'inf';
  metadata: Record<string, string> | null;
}

/** Reads `response.create.response` over the session defaults. */
export function parseResponseRequest(value: unknown, config: SessionConfig, dialect: Dialect): ResponseRequest {
  const request: ResponseRequest = {
    conversation: 'auto',
    instructions: config.instructions,
    tools: config.tools,
    toolChoice: config.toolChoice,
    modalities: config.outputModalities,
    outputFormat: config.outputFormat,
    voice: config.voice,
    maxOutputTokens: config.maxOutputTokens,
    metadata: null,
  };
  if (value === undefined || value === null) return request;
  if (typeof value !== 'object') throw invalidValue('response', value);
  const input = value as Record<string, unknown>;
  if (input.conversation !== undefined) {
    if (input.conversation !== 'auto' && input.conversation !== 'none') {
      throw invalidValue('response.conversation', input.conversation, ['auto', 'none']);
    }
    request.conversation = input.conversation;
  }
  if (input.input !== undefined) {
    if (!Array.isArray(input.input)) throw invalidValue('response.input', input.input);
    request.input = input.input.map((entry: unknown, index) => {
      const record = entry as Record<string, unknown> | null;
      if (record?.type === 'item_reference') {
        if (typeof record.id !== 'string') throw invalidValue(`response.input[${index}].id`, record.id);
        return { reference: record.id };
      }
      return parseClientItem(entry, `response.input[${index}]`);
    });
  }
  if (typeof input.instructions === 'string') request.instructions = input.instructions;
  if (Array.isArray(input.tools)) request.tools = input.tools as ToolConfig[];
  if (input.tool_choice !== undefined) request.toolChoice = input.tool_choice;
  const modalities = dialect === 'beta' ? input.modalities : (input.output_modalities ?? input.modalities);
  if (modalities !== undefined) {
    if (!Array.isArray(modalities) || modalities.some((entry) => entry !== 'audio' && entry !== 'text')) {
      throw invalidValue(dialect === 'beta' ? 'response.modalities' : 'response.output_modalities', modalities);
    }
    request.modalities = modalities.includes('audio') ? ['audio'] : ['text'];
  }
  const audio = (input.audio as { output?: { format?: unknown; voice?: unknown } } | undefined)?.output;
  if (audio?.format !== undefined) request.outputFormat = parseGaFormat(audio.format, 'response.audio.output.format');
  if (audio?.voice !== undefined) request.voice = audio.voice;
  if (input.output_audio_format !== undefined) {
    request.outputFormat = parseBetaFormat(input.output_audio_format, 'response.output_audio_format');
  }
  if (input.voice !== undefined) request.voice = input.voice;
  const maxTokens = input.max_output_tokens ?? input.max_response_output_tokens;
  if (maxTokens !== undefined) {
    if (maxTokens !== 'inf' && (typeof maxTokens !== 'number' || maxTokens < 1 || maxTokens > 4096)) {
      throw invalidValue('response.max_output_tokens', maxTokens);
    }
    request.maxOutputTokens = maxTokens;
  }
  if (input.metadata !== undefined && input.metadata !== null) {
    const entries = Object.entries(input.metadata as Record<string, unknown>);
    if (
      entries.length > 16 ||
      entries.some(([key, entry]) => key.length > 64 || typeof entry !== 'string' || entry.length > 512)
    ) {
      throw new ProtocolError('Invalid metadata: at most 16 string pairs, keys ≤ 64 and values ≤ 512 characters.', {
        code: 'invalid_value',
        param: 'response.metadata',
      });
    }
    request.metadata = Object.fromEntries(entries) as Record<string, string>;
  }
  return request;
}
