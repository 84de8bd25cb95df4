import type { RealtimeItem } from '../protocol/items';

/** Changes the session applies to its history. Pure: `reduceHistory` never mutates its input. */
export type HistoryAction =
  | { type: 'upsert'; item: RealtimeItem }
  | { type: 'delete'; itemId: string }
  | { type: 'input_transcript'; itemId: string; contentIndex: number; transcript: string }
  | { type: 'assistant_transcript'; itemId: string; transcript: string }
  | { type: 'tool_output'; itemId: string; output: string; status?: 'completed' | 'incomplete' }
  | { type: 'audio'; itemId: string; audio: string };

function mergeContent(previous: any[], next: any[]): any[] {
  if (next.length === 0) return previous;
  return next.map((part, index) => {
    const old = previous[index];
    if (!old || old.type !== part.type) return part;
    const merged = { ...old, ...part };
    // Later events often omit what earlier ones said (the server leaves transcripts null until
    // transcription completes, and never repeats audio); keep the better-informed value.
    if ((part.transcript === null || part.transcript === undefined) && old.transcript != null) {
      merged.transcript = old.transcript;
    }
    if (part.audio == null && old.audio != null) merged.audio = old.audio;
    return merged;
  });
}

function merge(previous: RealtimeItem, next: RealtimeItem): RealtimeItem {
  if (previous.type === 'message' && next.type === 'message') {
    return {
      ...previous,
      ...next,
      previousItemId: next.previousItemId === undefined ? previous.previousItemId : next.previousItemId,
      content: mergeContent(previous.content, next.content),
    } as RealtimeItem;
  }
  if (previous.type === 'function_call' && next.type === 'function_call') {
    return {
      ...previous,
      ...next,
      previousItemId: next.previousItemId === undefined ? previous.previousItemId : next.previousItemId,
      // The output is ours (set after the tool ran); server updates never carry it.
      output: next.output ?? previous.output,
      status: previous.output != null ? previous.status : next.status,
    };
  }
  return { ...previous, ...next } as RealtimeItem;
}

function insert(history: RealtimeItem[], item: RealtimeItem): RealtimeItem[] {
  if (item.previousItemId === undefined) return [...history, item];
  if (item.previousItemId === null || item.previousItemId === 'root') return [item, ...history];
  const index = history.findIndex((entry) => entry.itemId === item.previousItemId);
  if (index < 0) return [...history, item];
  return [...history.slice(0, index + 1), item, ...history.slice(index + 1)];
}

function mapItem(history: RealtimeItem[], itemId: string, change: (item: any) => RealtimeItem): RealtimeItem[] {
  const index = history.findIndex((entry) => entry.itemId === itemId);
  if (index < 0) return history;
  const next = [...history];
  next[index] = change(history[index]!);
  return next;
}

/** Applies one change to the history and returns the new history (the same array when unchanged). */
export function reduceHistory(history: RealtimeItem[], action: HistoryAction): RealtimeItem[] {
  switch (action.type) {
    case 'upsert': {
      const index = history.findIndex((entry) => entry.itemId === action.item.itemId);
      if (index < 0) return insert(history, action.item);
      const merged = merge(history[index]!, action.item);
      // Servers repeat items (added, done, output_item.done); an identical repeat is no change.
      if (JSON.stringify(merged) === JSON.stringify(history[index])) return history;
      const next = [...history];
      next[index] = merged;
      return next;
    }
    case 'delete':
      return history.some((entry) => entry.itemId === action.itemId)
        ? history.filter((entry) => entry.itemId !== action.itemId)
        : history;
    case 'input_transcript':
      return mapItem(history, action.itemId, (item) =>
        item.type !== 'message'
          ? item
          : {
              ...item,
              content: item.content.map((part: any, index: number) =>
                index === action.contentIndex && part.type === 'input_audio'
                  ? { ...part, transcript: action.transcript }
                  : part,
              ),
            },
      );
    case 'assistant_transcript':
      return mapItem(history, action.itemId, (item) =>
        item.type !== 'message' || item.role !== 'assistant'
          ? item
          : {
              ...item,
              content: item.content.map((part: any) =>
                part.type === 'output_audio' ? { ...part, transcript: action.transcript } : part,
              ),
            },
      );
    case 'tool_output':
      return mapItem(history, action.itemId, (item) =>
        item.type !== 'function_call' ? item : { ...item, output: action.output, status: action.status ?? 'completed' },
      );
    case 'audio':
      return mapItem(history, action.itemId, (item) =>
        item.type !== 'message'
          ? item
          : {
              ...item,
              content: item.content.map((part: any) =>
                part.type === 'output_audio' || part.type === 'input_audio' ? { ...part, audio: action.audio } : part,
              ),
            },
      );
    default:
      return history;
  }
}

/** Whether an item is new to the history (used to emit `history_added`). */
export function isNewItem(history: RealtimeItem[], item: RealtimeItem): boolean {
  return !history.some((entry) => entry.itemId === item.itemId);
}
