/** A user text message item for `conversation.item.create`. */
export function userText(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'conversation.item.create',
    ...extra,
    item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] },
  };
}

/** Concatenates Int16Array chunks. */
export function concat(chunks: Int16Array[]): Int16Array {
  const all = new Int16Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

/** `ms` of silence at `rate`. */
export function silence(ms: number, rate = 24000): Int16Array {
  return new Int16Array(Math.round((ms * rate) / 1000));
}
