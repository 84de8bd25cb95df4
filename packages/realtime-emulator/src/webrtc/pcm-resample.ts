/**
 * 24 kHz ⇄ 48 kHz for PCM16 mono. The session engine works at 24 kHz (the Realtime API's PCM
 * rate) and Opus at 48 kHz, an exact factor of two, so linear interpolation and pair averaging
 * are enough for speech and for the modem voice.
 */
export function upsample24To48(input: Int16Array): Int16Array {
  const output = new Int16Array(input.length * 2);
  for (let index = 0; index < input.length; index++) {
    const current = input[index]!;
    const next = index + 1 < input.length ? input[index + 1]! : current;
    output[index * 2] = current;
    output[index * 2 + 1] = (current + next) >> 1;
  }
  return output;
}

/** Halves the sample rate by averaging each pair of samples (a crude but sufficient low-pass). */
export function downsample48To24(input: Int16Array): Int16Array {
  const output = new Int16Array(input.length >> 1);
  for (let index = 0; index < output.length; index++) {
    output[index] = (input[index * 2]! + input[index * 2 + 1]!) >> 1;
  }
  return output;
}
