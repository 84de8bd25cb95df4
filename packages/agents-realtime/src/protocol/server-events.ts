import { InvalidServerEventError } from '../errors/invalid-server-event-error';
import { safeJsonParse } from './safe-json';
import type { RealtimeProtocolDialect } from './session-config';

/** A parsed server event, with beta names already mapped to their GA names. */
export type RealtimeServerEvent = { type: string; [key: string]: any };

/** Beta event names → GA names (realtime-protocol.md §6.1). */
const BETA_TO_GA: Record<string, string> = {
  'conversation.item.created': 'conversation.item.added',
  'response.text.delta': 'response.output_text.delta',
  'response.text.done': 'response.output_text.done',
  'response.audio.delta': 'response.output_audio.delta',
  'response.audio.done': 'response.output_audio.done',
  'response.audio_transcript.delta': 'response.output_audio_transcript.delta',
  'response.audio_transcript.done': 'response.output_audio_transcript.done',
};

type FieldType = 'string' | 'number' | 'object' | 'string?';

/** Every server event we know, with the fields we rely on (others pass through unchecked). */
const KNOWN_EVENTS: Record<string, Record<string, FieldType>> = {
  error: { error: 'object' },
  'session.created': { session: 'object' },
  'session.updated': { session: 'object' },
  'conversation.created': {},
  'conversation.item.added': { item: 'object' },
  'conversation.item.done': { item: 'object' },
  'conversation.item.retrieved': { item: 'object' },
  'conversation.item.truncated': { item_id: 'string', audio_end_ms: 'number' },
  'conversation.item.deleted': { item_id: 'string' },
  'conversation.item.input_audio_transcription.delta': { item_id: 'string' },
  'conversation.item.input_audio_transcription.completed': { item_id: 'string', transcript: 'string' },
  'conversation.item.input_audio_transcription.failed': { item_id: 'string' },
  'conversation.item.input_audio_transcription.segment': { item_id: 'string' },
  'input_audio_buffer.committed': { item_id: 'string' },
  'input_audio_buffer.cleared': {},
  'input_audio_buffer.speech_started': { item_id: 'string', audio_start_ms: 'number' },
  'input_audio_buffer.speech_stopped': { item_id: 'string' },
  'input_audio_buffer.timeout_triggered': {},
  'input_audio_buffer.dtmf_event_received': {},
  'response.created': { response: 'object' },
  'response.done': { response: 'object' },
  'response.output_item.added': { item: 'object' },
  'response.output_item.done': { item: 'object' },
  'response.content_part.added': { item_id: 'string' },
  'response.content_part.done': { item_id: 'string' },
  'response.output_text.delta': { item_id: 'string', delta: 'string' },
  'response.output_text.done': { item_id: 'string' },
  'response.output_audio.delta': { item_id: 'string', delta: 'string' },
  'response.output_audio.done': { item_id: 'string' },
  'response.output_audio_transcript.delta': { item_id: 'string', delta: 'string' },
  'response.output_audio_transcript.done': { item_id: 'string' },
  'response.function_call_arguments.delta': { item_id: 'string' },
  'response.function_call_arguments.done': { item_id: 'string' },
  'response.mcp_call_arguments.delta': {},
  'response.mcp_call_arguments.done': {},
  'response.mcp_call.in_progress': {},
  'response.mcp_call.completed': {},
  'response.mcp_call.failed': {},
  'mcp_list_tools.in_progress': {},
  'mcp_list_tools.completed': {},
  'mcp_list_tools.failed': {},
  'rate_limits.updated': {},
  'output_audio_buffer.started': {},
  'output_audio_buffer.stopped': {},
  'output_audio_buffer.cleared': {},
  'transcription_session.updated': {},
};

function hasType(value: unknown, type: FieldType): boolean {
  if (type === 'string?') return value === undefined || value === null || typeof value === 'string';
  if (type === 'object') return typeof value === 'object' && value !== null;
  return typeof value === type;
}

/**
 * Parses one frame from the server. Never throws: anything it cannot accept comes back as an
 * `InvalidServerEventError` carrying the raw frame.
 */
export function parseServerEvent(
  frame: unknown,
  dialect: RealtimeProtocolDialect = 'ga',
): { ok: true; event: RealtimeServerEvent } | { ok: false; error: InvalidServerEventError } {
  let value: unknown = frame;
  if (typeof frame === 'string') {
    const parsed = safeJsonParse(frame);
    if (!parsed.ok) {
      return {
        ok: false,
        error: new InvalidServerEventError('invalid_json', 'Server frame is not valid JSON', frame, {
          cause: parsed.error,
        }),
      };
    }
    value = parsed.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as any).type !== 'string') {
    return {
      ok: false,
      error: new InvalidServerEventError('not_an_event', 'Server frame is not an object with a string type', frame),
    };
  }
  const event = value as RealtimeServerEvent;
  const type = (dialect === 'beta' ? BETA_TO_GA[event.type] : undefined) ?? event.type;
  const fields = KNOWN_EVENTS[type];
  if (!fields) {
    return {
      ok: false,
      error: new InvalidServerEventError('unknown_type', `Unknown server event type '${event.type}'`, frame),
    };
  }
  for (const [field, fieldType] of Object.entries(fields)) {
    if (!hasType(event[field], fieldType)) {
      return {
        ok: false,
        error: new InvalidServerEventError(
          'invalid_shape',
          `Server event '${event.type}' has an invalid or missing '${field}'`,
          frame,
        ),
      };
    }
  }
  return { ok: true, event: type === event.type ? event : { ...event, type } };
}
