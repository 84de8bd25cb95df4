import type { AgentOutputItem, OutputText, Refusal } from '../../items/protocol';
import type { ModelResponse } from '../model';
import type { ResponsesOutputItem, ResponsesResponse } from './responses-wire';

/** Converts one Responses API output item. Items the SDK does not model are kept verbatim. */
export function fromResponsesOutputItem(item: ResponsesOutputItem): AgentOutputItem {
  if (item.type === 'message') {
    return {
      type: 'message',
      role: 'assistant',
      ...(item.id ? { id: item.id } : {}),
      status: item.status ?? 'completed',
      content: (item.content ?? []).flatMap((part): Array<OutputText | Refusal> => {
        if (part.type === 'output_text') return [{ type: 'output_text' as const, text: part.text ?? '' }];
        if (part.type === 'refusal') return [{ type: 'refusal' as const, refusal: part.refusal ?? '' }];
        return [];
      }),
    };
  }
  if (item.type === 'function_call') {
    return {
      type: 'function_call',
      callId: item.call_id ?? '',
      name: item.name ?? '',
      arguments: item.arguments ?? '',
      ...(item.id ? { id: item.id } : {}),
      ...(item.status ? { status: item.status } : {}),
    };
  }
  if (item.type === 'reasoning') {
    const { summary, id, ...rest } = item;
    return {
      type: 'reasoning',
      ...(id ? { id } : {}),
      content: (summary ?? []).map((part) => ({ type: 'input_text' as const, text: part.text })),
      providerData: rest,
    };
  }
  return { type: 'unknown', ...(item.id ? { id: item.id } : {}), providerData: item };
}

/** Converts a Responses API response object. */
export function fromResponsesResponse(response: ResponsesResponse): ModelResponse {
  const usage = response.usage ?? {};
  return {
    responseId: response.id,
    output: (response.output ?? []).map(fromResponsesOutputItem),
    usage: {
      requests: 1,
      inputTokens: usage.input_tokens ?? 0,
      outputTokens: usage.output_tokens ?? 0,
      totalTokens: usage.total_tokens ?? (usage.input_tokens ?? 0) + (usage.output_tokens ?? 0),
    },
    providerData: { status: response.status, incomplete_details: response.incomplete_details ?? null },
  };
}
