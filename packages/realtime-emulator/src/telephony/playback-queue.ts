/** μ-law 8 kHz: 8 bytes are one millisecond. */
export const BYTES_PER_MS = 8;
/** Twilio discards audio beyond ten minutes of buffer (warning 31931). */
export const MAX_QUEUED_BYTES = 10 * 60 * 1000 * BYTES_PER_MS;

type Entry = { kind: 'audio'; bytes: Uint8Array } | { kind: 'mark'; name: string };

/** Result of draining the queue for a span of simulated time. */
export interface DrainResult {
  /** The bytes that left the queue (what the caller heard), possibly fewer than asked for. */
  played: Uint8Array;
  /** Names of the marks reached, in order. */
  marks: string[];
}

/**
 * Twilio's playback buffer for one stream, as documented: a FIFO of audio bytes and marks,
 * drained at 8 bytes per millisecond. A mark is echoed when the audio before it has played, at
 * once when nothing is queued ahead of it, and `clear` drops the audio and echoes every pending
 * mark in order.
 */
export class PlaybackQueue {
  #entries: Entry[] = [];
  #queuedBytes = 0;

  /** Bytes waiting to be played. */
  get queuedBytes(): number {
    return this.#queuedBytes;
  }

  /** Appends audio; returns false (and drops it) when the buffer would exceed ten minutes. */
  pushAudio(bytes: Uint8Array): boolean {
    if (this.#queuedBytes + bytes.length > MAX_QUEUED_BYTES) return false;
    if (bytes.length === 0) return true;
    this.#entries.push({ kind: 'audio', bytes });
    this.#queuedBytes += bytes.length;
    return true;
  }

  /** Appends a mark; returns the marks to echo at once (this one, when no audio is ahead of it). */
  pushMark(name: string): string[] {
    this.#entries.push({ kind: 'mark', name });
    return this.#leadingMarks();
  }

  /** Plays up to `byteCount` bytes; returns what played and the marks reached. */
  drain(byteCount: number): DrainResult {
    const played = new Uint8Array(Math.min(byteCount, this.#queuedBytes));
    let filled = 0;
    const marks = this.#leadingMarks();
    while (filled < played.length) {
      const head = this.#entries[0];
      if (!head || head.kind !== 'audio') break;
      const take = Math.min(head.bytes.length, played.length - filled);
      played.set(head.bytes.subarray(0, take), filled);
      filled += take;
      this.#queuedBytes -= take;
      if (take === head.bytes.length) this.#entries.shift();
      else head.bytes = head.bytes.subarray(take);
      marks.push(...this.#leadingMarks());
    }
    return { played, marks };
  }

  /** `clear`: drops all audio; returns every pending mark, in the order they were sent. */
  clear(): string[] {
    const marks = this.#entries.flatMap((entry) => (entry.kind === 'mark' ? [entry.name] : []));
    this.#entries = [];
    this.#queuedBytes = 0;
    return marks;
  }

  /** Forgets everything without echoing (the stream stopped). */
  discard(): void {
    this.#entries = [];
    this.#queuedBytes = 0;
  }

  #leadingMarks(): string[] {
    const marks: string[] = [];
    while (this.#entries[0]?.kind === 'mark') {
      const entry = this.#entries.shift() as { kind: 'mark'; name: string };
      marks.push(entry.name);
    }
    return marks;
  }
}
