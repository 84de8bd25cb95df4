/** Audio level measurements on PCM16 samples, normalised so full scale is 1. */

/** Root-mean-square level in [0, 1]; 0 for an empty array. */
export function rmsLevel(samples: Int16Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let index = 0; index < samples.length; index++) sum += samples[index]! * samples[index]!;
  return Math.sqrt(sum / samples.length) / 32768;
}

/** Peak absolute level in [0, 1]; 0 for an empty array. */
export function peakLevel(samples: Int16Array): number {
  let peak = 0;
  for (let index = 0; index < samples.length; index++) peak = Math.max(peak, Math.abs(samples[index]!));
  return peak / 32768;
}

/** Converts a level in [0, 1] to dBFS (-Infinity for silence). */
export function levelToDb(level: number): number {
  return 20 * Math.log10(level);
}
