import type { BrainItem } from '../brain/types';

/** A message content given as a string or an array of parts; returns its text. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: { text?: unknown }) => (typeof part?.text === 'string' ? part.text : ''))
    .filter(Boolean)
    .join(' ');
}

/** Turns Responses API `input` (a string or items) into brain items. */
export function inputItems(input: unknown): BrainItem[] {
  if (typeof input === 'string') return [{ type: 'message', role: 'user', text: input }];
  if (!Array.isArray(input)) return [];
  const items: BrainItem[] = [];
  for (const raw of input as Array<Record<string, unknown>>) {
    const type = raw.type ?? 'message';
    if (type === 'message' && typeof raw.role === 'string') {
      const role = raw.role === 'assistant' ? 'assistant' : raw.role === 'user' ? 'user' : 'system';
      items.push({ type: 'message', role, text: contentText(raw.content) });
    } else if (type === 'function_call') {
      items.push({
        type: 'function_call',
        name: String(raw.name ?? ''),
        arguments: String(raw.arguments ?? ''),
        callId: String(raw.call_id ?? ''),
      });
    } else if (type === 'function_call_output') {
      const output = typeof raw.output === 'string' ? raw.output : contentText(raw.output);
      items.push({ type: 'function_call_output', callId: String(raw.call_id ?? ''), output });
    }
  }
  return items;
}
