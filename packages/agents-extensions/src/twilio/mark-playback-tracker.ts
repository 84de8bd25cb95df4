import { playbackLogger } from './logger';

/** What a mark echo told us: the caller has heard `playedMs` of `itemId`. */
export interface PlaybackProgress {
  itemId: string;
  playedMs: number;
  /** True when this was the item's final mark: all its audio has played. */
  done: boolean;
}

/** Where to truncate one model item after a barge-in. */
export interface PlaybackTruncation {
  itemId: string;
  /** Milliseconds of the item the caller heard, never more than was sent. */
  audioEndMs: number;
}

interface PendingMark {
  itemId: string;
  ms: number;
  done: boolean;
}

interface ItemPlayback {
  sentMs: number;
  playedMs: number;
  done: boolean;
}

/**
 * Knows how much of each model item the caller has heard, from Twilio's mark echoes. Bytes sent
 * are not bytes played: Twilio buffers audio and plays it at 8 bytes/ms, so only the echo of a
 * mark placed after a frame proves the frame was played. With a mark after every 20 ms frame,
 * the heard position is exact to within one frame.
 *
 * Mark names carry a generation counter that `interrupt()` bumps: echoes of marks that were
 * pending when `clear` was sent look exactly like played ones and must not count as playback.
 */
export class MarkPlaybackTracker {
  #generation = 0;
  #sequence = 0;
  readonly #pending = new Map<string, PendingMark>();
  readonly #cleared = new Set<string>();
  readonly #items = new Map<string, ItemPlayback>();

  /** Records `durationMs` of `itemId` sent to Twilio; returns the name of the mark to send after it. */
  recordSent(itemId: string, durationMs: number): string {
    const item = this.#item(itemId);
    item.sentMs += durationMs;
    return this.#addMark(itemId, item.sentMs, false);
  }

  /** Records that the model finished the item's audio; returns the name of its final mark. */
  recordDone(itemId: string): string {
    const item = this.#item(itemId);
    return this.#addMark(itemId, item.sentMs, true);
  }

  /**
   * Handles a mark echo. Returns the progress it proves, or `undefined` for an echo of a mark
   * cleared by a barge-in, a mark of a retired item, or a name this tracker never issued.
   */
  acknowledge(name: string): PlaybackProgress | undefined {
    if (this.#cleared.delete(name)) {
      playbackLogger('ignoring echo of cleared mark %s', name);
      return undefined;
    }
    const mark = this.#pending.get(name);
    if (!mark) return undefined;
    // Twilio echoes in order, so every mark issued before this one has played too.
    for (const [pendingName, pending] of this.#pending) {
      this.#pending.delete(pendingName);
      if (pendingName === name) break;
      this.#apply(pending);
    }
    return this.#apply(mark);
  }

  /** Milliseconds of `itemId` the caller has heard so far. */
  playedMs(itemId: string): number {
    return this.#items.get(itemId)?.playedMs ?? 0;
  }

  /** Milliseconds of `itemId` sent to Twilio so far. */
  sentMs(itemId: string): number {
    return this.#items.get(itemId)?.sentMs ?? 0;
  }

  /** True while Twilio holds audio whose playback has not been confirmed. */
  get hasPendingPlayback(): boolean {
    return this.#pending.size > 0;
  }

  /** The item the caller is hearing now (the oldest with unconfirmed audio), if any. */
  get currentItemId(): string | undefined {
    return this.#pending.values().next().value?.itemId;
  }

  /**
   * Barge-in: call when sending `clear`. Every pending mark becomes a cleared one, the generation
   * moves on, and the result lists where each unfinished item must be truncated: the item being
   * played at the heard position, items queued behind it at 0.
   */
  interrupt(): PlaybackTruncation[] {
    const truncations: PlaybackTruncation[] = [];
    const affected = new Set<string>();
    for (const [name, mark] of this.#pending) {
      this.#cleared.add(name);
      affected.add(mark.itemId);
    }
    this.#pending.clear();
    for (const itemId of affected) {
      const item = this.#items.get(itemId);
      if (!item) continue;
      truncations.push({ itemId, audioEndMs: Math.min(item.playedMs, item.sentMs) });
      this.#items.delete(itemId);
    }
    this.#generation += 1;
    playbackLogger('interrupted; generation %d, truncations %o', this.#generation, truncations);
    return truncations;
  }

  /** Forgets everything (a new stream). */
  reset(): void {
    this.#pending.clear();
    this.#cleared.clear();
    this.#items.clear();
    this.#generation += 1;
  }

  #item(itemId: string): ItemPlayback {
    let item = this.#items.get(itemId);
    if (!item) {
      item = { sentMs: 0, playedMs: 0, done: false };
      this.#items.set(itemId, item);
    }
    return item;
  }

  #addMark(itemId: string, ms: number, done: boolean): string {
    this.#sequence += 1;
    const name = `${done ? 'done:' : ''}${itemId}:${ms}:g${this.#generation}:m${this.#sequence}`;
    this.#pending.set(name, { itemId, ms, done });
    return name;
  }

  #apply(mark: PendingMark): PlaybackProgress {
    const item = this.#items.get(mark.itemId);
    if (!item) return { itemId: mark.itemId, playedMs: mark.ms, done: mark.done };
    item.playedMs = Math.max(item.playedMs, mark.ms);
    if (mark.done) {
      item.done = true;
      this.#items.delete(mark.itemId);
    }
    return { itemId: mark.itemId, playedMs: item.playedMs, done: mark.done };
  }
}
