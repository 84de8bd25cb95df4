import { audioDurationMs, type RealtimeAudioFormat } from '../../audio/format';

/** Injectable clock, so playback tracking is testable without waiting. */
export type Clock = () => number;

/**
 * Tracks how much of the current model item the user has heard. By default it estimates playout
 * as wall-clock time since the first chunk was handed out, capped at the audio received (audio
 * often arrives faster than real time, so the bytes received say nothing about what was played).
 * A player that knows better (an audio element, a phone bridge's marks) reports the real position
 * with `reportPlayed`, which then takes precedence.
 */
export class PlaybackTracker {
  #clock: Clock;
  #itemId: string | undefined;
  #contentIndex = 0;
  #firstAudioAt: number | undefined;
  #receivedMs = 0;
  #playedMs: number | undefined;
  #audioDone = false;
  #playoutReported = false;

  constructor(clock: Clock = () => Date.now()) {
    this.#clock = clock;
  }

  /** Item id of the audio being tracked, if any audio has been handed out. */
  get itemId(): string | undefined {
    return this.#itemId;
  }

  get contentIndex(): number {
    return this.#contentIndex;
  }

  /** Milliseconds of audio handed out for the current item. */
  get receivedMs(): number {
    return this.#receivedMs;
  }

  /** Whether the model has finished sending the current item's audio. */
  get audioDone(): boolean {
    return this.#audioDone;
  }

  /** Whether any audio of the current item has been handed out. */
  get active(): boolean {
    return this.#itemId !== undefined && this.#firstAudioAt !== undefined;
  }

  /** Records a chunk handed to the player. A new item id or content index starts over. */
  onAudio(itemId: string, contentIndex: number, byteLength: number, format: RealtimeAudioFormat | undefined): void {
    if (itemId !== this.#itemId || contentIndex !== this.#contentIndex) {
      this.reset();
      this.#itemId = itemId;
      this.#contentIndex = contentIndex;
      this.#firstAudioAt = this.#clock();
    }
    this.#receivedMs += audioDurationMs(byteLength, format ?? 'pcm16');
  }

  /** The model finished the current item's audio. */
  onAudioDone(): void {
    this.#audioDone = true;
  }

  /**
   * Reports the real playout position of the current item, in ms (from a player or phone marks).
   * Returns true the first time some of the item is reported played.
   */
  reportPlayed(itemId: string, playedMs: number): boolean {
    if (itemId !== this.#itemId) return false;
    this.#playedMs = Math.max(0, playedMs);
    if (this.#playoutReported || this.#playedMs === 0) return false;
    this.#playoutReported = true;
    return true;
  }

  /** Best knowledge of how many ms of the current item the user heard, as an integer. */
  elapsedMs(): number {
    if (!this.active) return 0;
    const estimate = this.#playedMs ?? this.#clock() - this.#firstAudioAt!;
    return Math.floor(Math.max(0, Math.min(estimate, this.#receivedMs)));
  }

  /** Forgets the current item. */
  reset(): void {
    this.#itemId = undefined;
    this.#contentIndex = 0;
    this.#firstAudioAt = undefined;
    this.#receivedMs = 0;
    this.#playedMs = undefined;
    this.#audioDone = false;
    this.#playoutReported = false;
  }
}
