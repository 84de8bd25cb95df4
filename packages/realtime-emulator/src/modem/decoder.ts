import { HIGH_TONES, LOW_TONES, characterOf, symbolFromTones } from './alphabet';
import { tonePower } from './goertzel';
import { FRAME_MS, MAX_TONE_MS, MIN_TONE_MS, SILENCE_RMS, samplesIn } from './timing';

/** A clear tone must carry this many times the power of the runner-up in its group. */
const DOMINANCE = 4;
/** Samples trimmed from each end of a tone run before analysis (ms), to skip the fades. */
const EDGE_MS = 3;

/**
 * Streaming decoder for the modem voice. Feed PCM16 chunks of any size as they arrive; each call
 * returns the characters completed by that chunk. Symbols are found by their guard gaps, so the
 * decoder needs no clock and copes with audio that starts or stops mid-symbol: a cut symbol that
 * still holds enough tone decodes to its character, a shorter one is dropped, so decoding a prefix
 * of the audio yields a prefix of the text. Sounds that are not modem symbols decode to nothing.
 */
export class ModemDecoder {
  readonly sampleRate: number;
  #text = '';
  readonly #frameLength: number;
  readonly #minRun: number;
  readonly #maxRun: number;
  #pending: number[] = [];
  #run: number[] = [];
  #runTooLong = false;

  constructor(sampleRate = 24000) {
    this.sampleRate = sampleRate;
    this.#frameLength = Math.max(1, samplesIn(FRAME_MS, sampleRate));
    this.#minRun = samplesIn(MIN_TONE_MS, sampleRate);
    this.#maxRun = samplesIn(MAX_TONE_MS, sampleRate);
  }

  /** Everything decoded so far. */
  get text(): string {
    return this.#text;
  }

  /** Adds audio; returns the characters it completed (often the empty string). */
  push(samples: ArrayLike<number>): string {
    let decoded = '';
    for (let index = 0; index < samples.length; index++) {
      this.#pending.push(samples[index] ?? 0);
      if (this.#pending.length === this.#frameLength) {
        decoded += this.#frame(this.#pending);
        this.#pending = [];
      }
    }
    this.#text += decoded;
    return decoded;
  }

  /** Decodes a symbol still open at the end of the audio (a cut-off last character); returns it. */
  flush(): string {
    this.#run.push(...this.#pending);
    this.#pending = [];
    const decoded = this.#endRun();
    this.#text += decoded;
    return decoded;
  }

  /** Forgets all audio and text. */
  reset(): void {
    this.#text = '';
    this.#pending = [];
    this.#run = [];
    this.#runTooLong = false;
  }

  #frame(frame: number[]): string {
    let energy = 0;
    for (const sample of frame) energy += sample * sample;
    if (Math.sqrt(energy / frame.length) >= SILENCE_RMS) {
      if (this.#run.length + frame.length > this.#maxRun) this.#runTooLong = true;
      else this.#run.push(...frame);
      return '';
    }
    return this.#endRun();
  }

  #endRun(): string {
    const run = this.#run;
    const tooLong = this.#runTooLong;
    this.#run = [];
    this.#runTooLong = false;
    if (tooLong || run.length < this.#minRun) return '';
    const edge = samplesIn(EDGE_MS, this.sampleRate);
    const low = strongest(run, edge, LOW_TONES, this.sampleRate);
    const high = strongest(run, edge, HIGH_TONES, this.sampleRate);
    if (low === undefined || high === undefined) return '';
    return characterOf(symbolFromTones(low, high)) ?? '';
  }
}

/** Index of the clearly strongest tone of a group in the run, or `undefined` when none stands out. */
function strongest(run: number[], edge: number, tones: readonly number[], sampleRate: number): number | undefined {
  const powers = tones.map((frequency) => tonePower(run, edge, run.length - edge, frequency, sampleRate));
  let best = 0;
  for (let index = 1; index < powers.length; index++) if ((powers[index] ?? 0) > (powers[best] ?? 0)) best = index;
  const runnerUp = Math.max(...powers.filter((_, index) => index !== best));
  return (powers[best] ?? 0) > DOMINANCE * runnerUp ? best : undefined;
}

/**
 * Decodes a whole recording of the modem voice (PCM16 mono at `sampleRate`) back into text.
 *
 * @example
 * decodeModem(encodeModem('say hi')); // 'say hi'
 */
export function decodeModem(samples: ArrayLike<number>, sampleRate = 24000): string {
  const decoder = new ModemDecoder(sampleRate);
  decoder.push(samples);
  decoder.flush();
  return decoder.text;
}
