/**
 * Windowed-sinc low-pass FIR design with a Kaiser window. The Kaiser formulas give the window
 * shape (beta) and the length needed for a stopband attenuation and transition width.
 */
export interface LowPassOptions {
  /** Sample rate the filter runs at, in Hz. */
  sampleRate: number;
  /** Frequency where the stopband begins, in Hz. */
  stopbandHz: number;
  /** Width of the transition band below `stopbandHz`, in Hz. */
  transitionHz: number;
  /** Minimum stopband attenuation in dB. */
  attenuationDb: number;
  /** DC gain of the filter (the upsampling factor when used for interpolation). */
  gain: number;
  /** Lengthen the filter so its group delay is a whole multiple of this many samples. */
  delayMultiple?: number;
}

/** Zeroth-order modified Bessel function of the first kind, by its power series. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const half = x / 2;
  for (let k = 1; k < 50; k++) {
    term *= (half / k) * (half / k);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return sum;
}

/** Returns the filter taps (odd length, symmetric, so the group delay is `(length - 1) / 2`). */
export function designLowPass(options: LowPassOptions): Float64Array {
  const { sampleRate, stopbandHz, transitionHz, attenuationDb, gain, delayMultiple = 1 } = options;
  const cutoff = (stopbandHz - transitionHz / 2) / sampleRate; // cycles per sample
  const deltaOmega = (2 * Math.PI * transitionHz) / sampleRate;
  let length = Math.ceil((attenuationDb - 7.95) / (2.285 * deltaOmega)) + 1;
  // Odd length and a group delay of whole output samples keep resampled clips time-aligned.
  const halfLength = Math.ceil((length - 1) / 2 / delayMultiple) * delayMultiple;
  length = 2 * halfLength + 1;
  const beta =
    attenuationDb > 50
      ? 0.1102 * (attenuationDb - 8.7)
      : attenuationDb >= 21
        ? 0.5842 * (attenuationDb - 21) ** 0.4 + 0.07886 * (attenuationDb - 21)
        : 0;
  const taps = new Float64Array(length);
  const middle = (length - 1) / 2;
  const windowScale = besselI0(beta);
  let sum = 0;
  for (let index = 0; index < length; index++) {
    const offset = index - middle;
    const sinc = offset === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * offset) / (Math.PI * offset);
    const ratio = offset / middle;
    const window = besselI0(beta * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / windowScale;
    taps[index] = sinc * window;
    sum += taps[index]!;
  }
  for (let index = 0; index < length; index++) taps[index] = (taps[index]! / sum) * gain;
  return taps;
}
