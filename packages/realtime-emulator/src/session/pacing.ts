/**
 * How fast output audio is sent. `fast` (the default) sends deltas as quickly as they are made, as the
 * hosted service does; `realtime` waits each chunk's duration; `{ speed }` waits duration / speed.
 */
export type Pacing = 'fast' | 'realtime' | { speed: number };

/** Waits for the pacing of a chunk of `durationMs` of audio; `fast` still yields to the event loop. */
export function pace(pacing: Pacing, durationMs: number): Promise<void> {
  const speed = pacing === 'fast' ? Infinity : pacing === 'realtime' ? 1 : pacing.speed;
  const wait = durationMs / speed;
  if (!Number.isFinite(wait) || wait <= 0) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => setTimeout(resolve, wait));
}
