import { OPUS_FRAME_SAMPLES } from './opus-codec';
import { upsample24To48 } from './pcm-resample';

/** 20 ms at 24 kHz: the engine-side size of one Opus frame. */
const FRAME_SAMPLES_24K = OPUS_FRAME_SAMPLES / 2;
const FRAME_MS = 20;

/** Callbacks of an {@link AudioPacer}; `key` is whatever the caller tagged the audio with. */
export interface AudioPacerHandlers<Key> {
  /** One 20 ms frame, 960 PCM16 samples at 48 kHz, due to be sent now. */
  frame: (pcm48k: Int16Array) => void;
  /** The first frame for `key` went out. */
  started: (key: Key) => void;
  /** `key` was ended with {@link AudioPacer.end} and every frame of it went out. */
  stopped: (key: Key) => void;
}

interface QueuedFrame<Key> {
  key: Key;
  pcm: Int16Array;
}

/**
 * Plays the engine's output audio onto the wire in real time, one 20 ms frame per tick, and
 * remembers how much of each tagged stream was actually sent. That is what lets the server
 * answer `output_audio_buffer.clear` with the true played length instead of a client estimate.
 */
export class AudioPacer<Key> {
  readonly #handlers: AudioPacerHandlers<Key>;
  readonly #queue: QueuedFrame<Key>[] = [];
  readonly #playedMs = new Map<Key, number>();
  readonly #ended = new Set<Key>();
  #pending = new Int16Array(0);
  #pendingKey: Key | undefined;
  #current: Key | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #nextTick = 0;
  #closed = false;

  constructor(handlers: AudioPacerHandlers<Key>) {
    this.#handlers = handlers;
  }

  /** The key of the stream being played, if any. */
  get current(): Key | undefined {
    return this.#current;
  }

  /** Milliseconds of `key` sent so far. */
  playedMs(key: Key): number {
    return this.#playedMs.get(key) ?? 0;
  }

  /** Queues 24 kHz PCM16 mono for `key`. Partial frames wait for more audio or {@link flush}. */
  enqueue(key: Key, pcm24k: Int16Array): void {
    if (this.#closed) return;
    if (this.#pendingKey !== undefined && this.#pendingKey !== key) this.flush();
    this.#pendingKey = key;
    const joined = new Int16Array(this.#pending.length + pcm24k.length);
    joined.set(this.#pending);
    joined.set(pcm24k, this.#pending.length);
    let offset = 0;
    while (joined.length - offset >= FRAME_SAMPLES_24K) {
      this.#queue.push({ key, pcm: upsample24To48(joined.subarray(offset, offset + FRAME_SAMPLES_24K)) });
      offset += FRAME_SAMPLES_24K;
    }
    this.#pending = joined.slice(offset);
    this.#schedule();
  }

  /** Pads the partial frame of the current stream with silence and queues it. */
  flush(): void {
    if (this.#pendingKey === undefined || this.#pending.length === 0) return;
    const frame = new Int16Array(FRAME_SAMPLES_24K);
    frame.set(this.#pending);
    this.#queue.push({ key: this.#pendingKey, pcm: upsample24To48(frame) });
    this.#pending = new Int16Array(0);
    this.#schedule();
  }

  /** Marks `key` complete: its partial frame is padded and `stopped` fires after its last frame. */
  end(key: Key): void {
    if (this.#pendingKey === key) this.flush();
    this.#ended.add(key);
    if (this.#current === key && !this.#queue.some((item) => item.key === key)) this.#finish(key);
  }

  /** Drops everything queued. Returns the key that was playing (or queued), if any. */
  clear(): Key | undefined {
    const key = this.#current ?? this.#queue[0]?.key ?? this.#pendingKey;
    this.#queue.length = 0;
    this.#pending = new Int16Array(0);
    this.#pendingKey = undefined;
    this.#current = undefined;
    if (key !== undefined) this.#ended.delete(key);
    this.#stopTimer();
    return key;
  }

  /** Stops the clock for good. */
  close(): void {
    this.#closed = true;
    this.clear();
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#queue.length === 0 || this.#closed) return;
    this.#nextTick = performance.now();
    this.#tick();
  }

  #tick = (): void => {
    this.#timer = undefined;
    const item = this.#queue.shift();
    if (!item) return;
    if (this.#current !== item.key) {
      this.#current = item.key;
      this.#handlers.started(item.key);
    }
    this.#handlers.frame(item.pcm);
    this.#playedMs.set(item.key, this.playedMs(item.key) + FRAME_MS);
    if (this.#ended.has(item.key) && this.#queue[0]?.key !== item.key) this.#finish(item.key);
    if (this.#queue.length === 0) return;
    // Schedule against an absolute clock so timer jitter does not accumulate.
    this.#nextTick += FRAME_MS;
    this.#timer = setTimeout(this.#tick, Math.max(0, this.#nextTick - performance.now()));
  };

  #finish(key: Key): void {
    this.#ended.delete(key);
    this.#current = undefined;
    this.#handlers.stopped(key);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
