/** 20 ms of μ-law 8 kHz audio. */
export const TWILIO_FRAME_BYTES = 160;
/** μ-law silence (positive zero). */
export const MULAW_SILENCE = 0xff;

/**
 * Re-frames outgoing μ-law audio into whole 20 ms frames. Many small, irregular fragments make
 * Twilio's playback stutter at word starts; the remainder waits for the next chunk and is padded
 * with silence only at the end of a response.
 */
export class AudioFramer {
  #remainder = new Uint8Array(0);

  /** Appends audio and returns the whole frames now available. */
  push(audio: Uint8Array): Uint8Array[] {
    const joined = new Uint8Array(this.#remainder.length + audio.length);
    joined.set(this.#remainder);
    joined.set(audio, this.#remainder.length);
    const frames: Uint8Array[] = [];
    let offset = 0;
    for (; offset + TWILIO_FRAME_BYTES <= joined.length; offset += TWILIO_FRAME_BYTES) {
      frames.push(joined.slice(offset, offset + TWILIO_FRAME_BYTES));
    }
    this.#remainder = joined.slice(offset);
    return frames;
  }

  /** Returns the remainder padded to a whole frame with silence, or `undefined` if there is none. */
  flush(): Uint8Array | undefined {
    if (this.#remainder.length === 0) return undefined;
    const frame = new Uint8Array(TWILIO_FRAME_BYTES).fill(MULAW_SILENCE);
    frame.set(this.#remainder);
    this.#remainder = new Uint8Array(0);
    return frame;
  }

  /** Drops the remainder (barge-in: the tail of interrupted audio must not leak). */
  reset(): void {
    this.#remainder = new Uint8Array(0);
  }
}
