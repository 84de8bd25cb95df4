/** Settings of the energy detector, in the units of `turn_detection`. */
export interface VadSettings {
  /** 0-1; higher needs louder audio. */
  threshold: number;
  prefixPaddingMs: number;
  silenceDurationMs: number;
}

/** A change of state found by the detector, at a time in ms from the first sample it was given. */
export type VadEvent = { type: 'speech_started'; ms: number } | { type: 'speech_stopped'; ms: number };

const FRAME_MS = 10;
/** Consecutive loud frames that make speech: a lone click is not a turn. */
const START_FRAMES = 2;

/**
 * Energy-based voice activity detector. Speech starts after 20 ms of frames whose RMS exceeds a level
 * set by `threshold` (0.5 ≈ -24 dBFS), and stops after `silenceDurationMs` of quieter frames.
 */
export class EnergyVad {
  readonly #frameLength: number;
  readonly #sampleRate: number;
  #settings: VadSettings;
  #frame: number[] = [];
  #samplesSeen = 0;
  #speaking = false;
  #loudFrames = 0;
  #quietMs = 0;
  #lastSpeechEndMs = 0;

  constructor(settings: VadSettings, sampleRate: number) {
    this.#settings = settings;
    this.#sampleRate = sampleRate;
    this.#frameLength = Math.round((sampleRate * FRAME_MS) / 1000);
  }

  /** True between `speech_started` and `speech_stopped`. */
  get speaking(): boolean {
    return this.#speaking;
  }

  /** Milliseconds of audio examined so far. */
  get positionMs(): number {
    return (this.#samplesSeen * 1000) / this.#sampleRate;
  }

  /** Changes settings without losing the position (a `session.update` mid-session). */
  configure(settings: VadSettings): void {
    this.#settings = settings;
  }

  /** Examines more audio; returns the events it produced, each with its `sampleIndex` in this chunk. */
  push(samples: ArrayLike<number>): Array<VadEvent & { sampleIndex: number }> {
    const events: Array<VadEvent & { sampleIndex: number }> = [];
    for (let index = 0; index < samples.length; index++) {
      this.#frame.push(samples[index] ?? 0);
      this.#samplesSeen++;
      if (this.#frame.length < this.#frameLength) continue;
      const event = this.#examine(this.#frame);
      this.#frame = [];
      if (event) events.push({ ...event, sampleIndex: index + 1 });
    }
    return events;
  }

  #examine(frame: number[]): VadEvent | undefined {
    let energy = 0;
    for (const sample of frame) energy += sample * sample;
    const level = Math.sqrt(energy / frame.length) / 32768;
    const loud = level > 0.01 + 0.1 * this.#settings.threshold;
    const endMs = this.positionMs;
    if (!this.#speaking) {
      this.#loudFrames = loud ? this.#loudFrames + 1 : 0;
      if (this.#loudFrames < START_FRAMES) return undefined;
      this.#speaking = true;
      this.#quietMs = 0;
      this.#lastSpeechEndMs = endMs;
      const startMs = endMs - START_FRAMES * FRAME_MS;
      return { type: 'speech_started', ms: Math.max(0, startMs - this.#settings.prefixPaddingMs) };
    }
    if (loud) {
      this.#quietMs = 0;
      this.#lastSpeechEndMs = endMs;
      return undefined;
    }
    this.#quietMs += FRAME_MS;
    if (this.#quietMs < this.#settings.silenceDurationMs) return undefined;
    this.#speaking = false;
    this.#loudFrames = 0;
    return { type: 'speech_stopped', ms: this.#lastSpeechEndMs };
  }
}
