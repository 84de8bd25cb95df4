/**
 * Resamples PCM16 by linear interpolation, after a short moving-average low-pass when going down.
 * Good enough for the emulator's own signals (voice-band tones); not a hi-fi resampler.
 */
export function resample(samples: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (fromRate === toRate) return samples;
  const source = fromRate > toRate ? lowPass(samples, Math.round(fromRate / toRate)) : samples;
  const length = Math.floor((samples.length * toRate) / fromRate);
  const output = new Int16Array(length);
  const step = fromRate / toRate;
  for (let index = 0; index < length; index++) {
    const position = index * step;
    const left = Math.floor(position);
    const fraction = position - left;
    const a = source[left] ?? 0;
    const b = source[left + 1] ?? a;
    output[index] = Math.round(a + (b - a) * fraction);
  }
  return output;
}

function lowPass(samples: Int16Array, width: number): Int16Array {
  if (width <= 1) return samples;
  const output = new Int16Array(samples.length);
  let sum = 0;
  for (let index = 0; index < samples.length; index++) {
    sum += samples[index] ?? 0;
    if (index >= width) sum -= samples[index - width] ?? 0;
    output[index] = Math.round(sum / Math.min(index + 1, width));
  }
  return output;
}
