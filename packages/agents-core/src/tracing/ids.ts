function randomHex(bytes: number): string {
  const values = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(values);
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('');
}

/** A new trace id: `trace_` and 32 hex digits. */
export function generateTraceId(): string {
  return `trace_${randomHex(16)}`;
}

/** A new span id: `span_` and 24 hex digits. */
export function generateSpanId(): string {
  return `span_${randomHex(12)}`;
}
