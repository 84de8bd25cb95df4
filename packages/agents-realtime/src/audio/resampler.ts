import { designLowPass } from './low-pass';

/** Sample rates the resampler is designed and tested for. Other integer rates work too. */
export type SampleRate = 8000 | 16000 | 24000 | 48000;

/** Stopband attenuation of the anti-aliasing filter; well above the 60 dB alias-rejection target. */
const ATTENUATION_DB = 80;
/** Transition band as a share of the lower Nyquist frequency: 8 kHz audio keeps 0–3.4 kHz. */
const TRANSITION_SHARE = 0.15;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function clamp16(value: number): number {
  const rounded = Math.round(value);
  return rounded > 32767 ? 32767 : rounded < -32768 ? -32768 : rounded;
}

/**
 * Streaming rational resampler (upsample by L, windowed-sinc low-pass, downsample by M) in
 * polyphase form. Filter state carries across `process()` calls, so 20 ms telephony frames
 * resample without clicks at frame edges. The output lags the input by `delay` output samples.
 *
 * @example
 * const toModel = new Resampler(8000, 24000);
 * const pcm24k = toModel.process(decodeMuLaw(frame));
 */
export class Resampler {
  readonly fromRate: number;
  readonly toRate: number;
  readonly #up: number;
  readonly #down: number;
  readonly #taps: Float64Array;
  readonly #tapsPerPhase: number;
  #history: Float64Array;
  #inputCount = 0;
  #outputCount = 0;

  constructor(fromRate: number, toRate: number) {
    if (!Number.isInteger(fromRate) || fromRate <= 0) throw new RangeError(`fromRate must be a positive integer`);
    if (!Number.isInteger(toRate) || toRate <= 0) throw new RangeError(`toRate must be a positive integer`);
    this.fromRate = fromRate;
    this.toRate = toRate;
    const divisor = gcd(fromRate, toRate);
    this.#up = toRate / divisor;
    this.#down = fromRate / divisor;
    const nyquist = Math.min(fromRate, toRate) / 2;
    this.#taps =
      fromRate === toRate
        ? new Float64Array([1])
        : designLowPass({
            sampleRate: fromRate * this.#up,
            stopbandHz: nyquist,
            transitionHz: nyquist * TRANSITION_SHARE,
            attenuationDb: ATTENUATION_DB,
            gain: this.#up,
            delayMultiple: this.#down,
          });
    this.#tapsPerPhase = Math.ceil(this.#taps.length / this.#up);
    this.#history = new Float64Array(this.#tapsPerPhase - 1);
  }

  /** Group delay of the filter, in output samples. */
  get delay(): number {
    return (this.#taps.length - 1) / 2 / this.#down;
  }

  /** Resamples the next chunk; returns the output samples that chunk completes. */
  process(chunk: Int16Array): Int16Array {
    if (this.fromRate === this.toRate) return chunk.slice();
    const historyLength = this.#history.length;
    const buffer = new Float64Array(historyLength + chunk.length);
    buffer.set(this.#history);
    for (let index = 0; index < chunk.length; index++) buffer[historyLength + index] = chunk[index]!;
    const firstIndex = this.#inputCount - historyLength; // global index of buffer[0]
    this.#inputCount += chunk.length;

    const up = this.#up;
    const down = this.#down;
    const taps = this.#taps;
    const output: number[] = [];
    for (;;) {
      const position = this.#outputCount * down;
      const newest = Math.floor(position / up);
      if (newest >= this.#inputCount) break;
      const phase = position % up;
      let sum = 0;
      let bufferIndex = newest - firstIndex;
      for (let tap = phase; tap < taps.length && bufferIndex >= 0; tap += up, bufferIndex--) {
        sum += taps[tap]! * buffer[bufferIndex]!;
      }
      output.push(clamp16(sum));
      this.#outputCount++;
    }
    this.#history = buffer.slice(buffer.length - historyLength);
    return Int16Array.from(output);
  }

  /** Pushes silence through the filter to release the samples still held by its delay. */
  flush(): Int16Array {
    return this.process(new Int16Array(this.#tapsPerPhase + 1));
  }

  /** Forgets all filter state, as if newly constructed. */
  reset(): void {
    this.#history = new Float64Array(this.#history.length);
    this.#inputCount = 0;
    this.#outputCount = 0;
  }
}

/**
 * Resamples a whole clip with the same filter as `Resampler`, compensating the filter delay so
 * the output is time-aligned with the input and `round(length * toRate / fromRate)` long.
 */
export function resamplePcm16(samples: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (fromRate === toRate) return samples.slice();
  const resampler = new Resampler(fromRate, toRate);
  const body = resampler.process(samples);
  const tail = resampler.flush();
  const all = new Int16Array(body.length + tail.length);
  all.set(body);
  all.set(tail, body.length);
  const start = Math.round(resampler.delay);
  const length = Math.round((samples.length * toRate) / fromRate);
  const output = new Int16Array(length);
  output.set(all.subarray(start, start + length));
  return output;
}
