/** Power of one frequency in a block of samples (Goertzel algorithm), with a Hann window against leakage. */
export function tonePower(
  samples: ArrayLike<number>,
  start: number,
  end: number,
  frequency: number,
  sampleRate: number,
): number {
  const length = end - start;
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (let n = 0; n < length; n++) {
    const window = 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / (length - 1));
    const current = (samples[start + n] ?? 0) * window + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
}
