import type { Dialect } from '../protocol/dialect';
import { ProtocolError, invalidValue, missingParameter } from '../protocol/errors';
import { createId } from '../protocol/ids';

/** One content part of a message item, GA naming. Audio bytes are kept beside the item, never here. */
export interface ContentPart {
  type: 'input_text' | 'input_audio' | 'input_image' | 'output_text' | 'output_audio';
  text?: string;
  transcript?: string | null;
  image_url?: string;
  detail?: string;
}

/** A conversation item in GA shape, without audio bytes. */
export interface ConversationItem {
  id: string;
  object: 'realtime.item';
  type: 'message' | 'function_call' | 'function_call_output' | 'mcp_approval_response';
  status?: 'in_progress' | 'completed' | 'incomplete';
  role?: 'user' | 'assistant' | 'system';
  content?: ContentPart[];
  call_id?: string;
  name?: string;
  arguments?: string;
  output?: string;
  [key: string]: unknown;
}

/** A client-supplied item, checked and normalised; `audio` holds decoded base64 of input audio parts. */
export interface ParsedItem {
  item: ConversationItem;
  audio?: Uint8Array;
}

const ROLE_PARTS: Record<string, string[]> = {
  system: ['input_text'],
  user: ['input_text', 'input_audio', 'input_image'],
  assistant: ['output_text', 'output_audio', 'text', 'audio'],
};

/** Checks and normalises an item from `conversation.item.create` (or `response.create.input`). */
export function parseClientItem(value: unknown, param = 'item'): ParsedItem {
  if (typeof value !== 'object' || value === null) throw missingParameter(param);
  const input = value as Record<string, unknown>;
  const id = typeof input.id === 'string' ? input.id : createId('item');
  switch (input.type) {
    case 'message':
      return parseMessage(input, id, param);
    case 'function_call':
      if (typeof input.name !== 'string') throw missingParameter(`${param}.name`);
      return {
        item: {
          id,
          object: 'realtime.item',
          type: 'function_call',
          status: 'completed',
          name: input.name,
          call_id: typeof input.call_id === 'string' ? input.call_id : createId('call', 16),
          arguments: typeof input.arguments === 'string' ? input.arguments : '{}',
        },
      };
    case 'function_call_output':
      if (typeof input.call_id !== 'string') throw missingParameter(`${param}.call_id`);
      if (typeof input.output !== 'string') throw missingParameter(`${param}.output`);
      return {
        item: {
          id,
          object: 'realtime.item',
          type: 'function_call_output',
          call_id: input.call_id,
          output: input.output,
        },
      };
    case 'mcp_approval_response':
      return { item: { ...(input as object), id, object: 'realtime.item', type: 'mcp_approval_response' } };
    case undefined:
      throw missingParameter(`${param}.type`);
    default:
      throw invalidValue(`${param}.type`, input.type, ['message', 'function_call', 'function_call_output']);
  }
}

function parseMessage(input: Record<string, unknown>, id: string, param: string): ParsedItem {
  const role = input.role;
  if (role === undefined) throw missingParameter(`${param}.role`);
  if (role !== 'user' && role !== 'assistant' && role !== 'system') {
    throw invalidValue(`${param}.role`, role, ['user', 'assistant', 'system']);
  }
  if (!Array.isArray(input.content)) throw missingParameter(`${param}.content`);
  let audio: Uint8Array | undefined;
  const content = input.content.map((raw: unknown, index): ContentPart => {
    const part = (raw ?? {}) as Record<string, unknown>;
    const partParam = `${param}.content[${index}].type`;
    if (typeof part.type !== 'string' || !ROLE_PARTS[role]?.includes(part.type)) {
      throw invalidValue(partParam, part.type, ROLE_PARTS[role]);
    }
    if (part.type === 'output_audio' || part.type === 'audio') {
      throw new ProtocolError('Assistant audio messages cannot be created by the client.', {
        code: 'invalid_value',
        param: partParam,
      });
    }
    if (part.type === 'input_audio') {
      if (typeof part.audio === 'string') audio = new Uint8Array(Buffer.from(part.audio, 'base64'));
      return { type: 'input_audio', transcript: typeof part.transcript === 'string' ? part.transcript : null };
    }
    if (part.type === 'input_image') return { type: 'input_image', image_url: String(part.image_url ?? '') };
    const text = part.text;
    if (typeof text !== 'string') throw missingParameter(`${param}.content[${index}].text`);
    return { type: part.type === 'text' ? 'output_text' : (part.type as ContentPart['type']), text };
  });
  const item: ConversationItem = { id, object: 'realtime.item', type: 'message', status: 'completed', role, content };
  return audio ? { item, audio } : { item };
}

/** The wire form of an item in a dialect; `audio` (base64) is added only for retrieve. */
export function itemToWire(item: ConversationItem, dialect: Dialect, audio?: Uint8Array): Record<string, unknown> {
  const wire: Record<string, unknown> = { ...item };
  if (item.content) {
    wire.content = item.content.map((part) => {
      const type =
        dialect === 'beta'
          ? ({ output_text: 'text', output_audio: 'audio' }[part.type as string] ?? part.type)
          : part.type;
      const copy: Record<string, unknown> = { ...part, type };
      if (audio && (part.type === 'input_audio' || part.type === 'output_audio')) {
        copy.audio = Buffer.from(audio).toString('base64');
      }
      return copy;
    });
  }
  return wire;
}

/** Plain text of a message item: its text parts and audio transcripts, joined. */
export function itemText(item: ConversationItem): string {
  return (item.content ?? [])
    .map((part) => part.text ?? part.transcript ?? '')
    .filter((text) => text.length > 0)
    .join(' ');
}
