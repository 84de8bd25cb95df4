import type { RealtimeItem, RealtimeMessageItem } from './items';
import type { RealtimeProtocolDialect } from './session-config';

type WireItem = { [key: string]: any };

function mapContentPart(part: WireItem, keepAudio: boolean): any {
  switch (part?.type) {
    case 'input_text':
      return { type: 'input_text', text: part.text ?? '' };
    case 'input_audio':
      return {
        type: 'input_audio',
        transcript: part.transcript ?? null,
        ...(keepAudio && part.audio ? { audio: part.audio } : {}),
      };
    case 'input_image':
      return { type: 'input_image', image: part.image_url ?? '', ...(part.detail ? { detail: part.detail } : {}) };
    case 'text':
    case 'output_text':
      return { type: 'output_text', text: part.text ?? '' };
    case 'audio':
    case 'output_audio':
      return {
        type: 'output_audio',
        transcript: part.transcript ?? null,
        ...(keepAudio && part.audio ? { audio: part.audio } : {}),
      };
    default:
      return undefined;
  }
}

/**
 * Converts a wire conversation item to a history item. Returns undefined for item kinds the
 * history does not keep (function_call_output, mcp_list_tools).
 */
export function fromWireItem(
  item: WireItem,
  previousItemId?: string | null,
  options: { keepAudio?: boolean } = {},
): RealtimeItem | undefined {
  const base = { itemId: String(item.id ?? ''), previousItemId: previousItemId ?? null };
  switch (item.type) {
    case 'message': {
      const content = (Array.isArray(item.content) ? item.content : [])
        .map((part: WireItem) => mapContentPart(part, options.keepAudio ?? false))
        .filter((part: unknown) => part !== undefined);
      return {
        ...base,
        type: 'message',
        role: item.role,
        status: item.status ?? 'completed',
        content,
      } as RealtimeMessageItem;
    }
    case 'function_call':
      return {
        ...base,
        type: 'function_call',
        status: item.status ?? 'in_progress',
        name: item.name ?? '',
        arguments: item.arguments ?? '',
        callId: item.call_id,
        output: null,
      };
    case 'mcp_call':
    case 'mcp_tool_call':
      return {
        ...base,
        type: item.type,
        status: item.error ? 'incomplete' : item.output != null ? 'completed' : 'in_progress',
        name: item.name ?? '',
        arguments: item.arguments ?? '',
        output: item.output ?? null,
        serverLabel: item.server_label,
      };
    case 'mcp_approval_request': {
      let parsed: Record<string, unknown> = {};
      try {
        parsed = typeof item.arguments === 'string' ? JSON.parse(item.arguments) : (item.arguments ?? {});
      } catch {
        parsed = { raw: item.arguments };
      }
      return {
        ...base,
        type: 'mcp_approval_request',
        serverLabel: item.server_label ?? '',
        name: item.name ?? '',
        arguments: parsed,
        approved: null,
      };
    }
    default:
      return undefined;
  }
}

/**
 * Converts a history message to a wire item for `conversation.item.create`. Assistant audio
 * cannot be re-created, so its transcript becomes text.
 */
export function toWireMessageItem(item: RealtimeMessageItem, dialect: RealtimeProtocolDialect = 'ga'): WireItem {
  const content = (item.content as any[]).map((part) => {
    switch (part.type) {
      case 'input_text':
        return { type: 'input_text', text: part.text };
      case 'input_audio':
        return part.audio
          ? { type: 'input_audio', audio: part.audio }
          : { type: 'input_text', text: part.transcript ?? '' };
      case 'input_image':
        return { type: 'input_image', image_url: part.image, ...(part.detail ? { detail: part.detail } : {}) };
      case 'output_text':
        return { type: dialect === 'beta' ? 'text' : 'output_text', text: part.text };
      case 'output_audio':
        return { type: dialect === 'beta' ? 'text' : 'output_text', text: part.transcript ?? '' };
      default:
        return part;
    }
  });
  return { id: item.itemId, type: 'message', role: item.role, content };
}
