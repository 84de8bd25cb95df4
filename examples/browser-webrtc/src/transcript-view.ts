import type { RealtimeItem } from '@parley/agents/realtime';

/** Renders the conversation's messages, both sides, as the history changes. */
export function renderTranscript(list: HTMLOListElement, history: RealtimeItem[]): void {
  const rows: HTMLLIElement[] = [];
  for (const item of history) {
    if (item.type !== 'message' || item.role === 'system') continue;
    const text = item.content
      .map((part) => ('text' in part ? part.text : 'transcript' in part ? (part.transcript ?? '') : ''))
      .join(' ')
      .trim();
    const row = document.createElement('li');
    row.dataset['role'] = item.role;
    row.dataset['status'] = item.status ?? '';
    row.textContent = text || '…';
    rows.push(row);
  }
  list.replaceChildren(...rows);
}
