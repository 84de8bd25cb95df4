// G.711 companding (ITU-T G.711 segment tables), used to read and write `audio/pcmu` and `audio/pcma`.

const MULAW_BIAS = 0x84;
const MULAW_CLIP = 32635;

/** Encodes one PCM16 sample as a μ-law byte. */
export function mulawFromLinear(sample: number): number {
  const sign = sample < 0 ? 0x80 : 0;
  let magnitude = Math.min(Math.abs(sample), MULAW_CLIP) + MULAW_BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
  magnitude = sign | (exponent << 4) | mantissa;
  return ~magnitude & 0xff;
}

/** Decodes one μ-law byte to a PCM16 sample. */
export function linearFromMulaw(byte: number): number {
  const value = ~byte & 0xff;
  const exponent = (value >> 4) & 0x07;
  const magnitude = ((((value & 0x0f) << 3) + MULAW_BIAS) << exponent) - MULAW_BIAS;
  return value & 0x80 ? -magnitude : magnitude;
}

/** Encodes one PCM16 sample as an A-law byte. */
export function alawFromLinear(sample: number): number {
  const sign = sample >= 0 ? 0x80 : 0;
  const magnitude = Math.min(sample >= 0 ? sample : -sample - 1, 32767) >> 3;
  let encoded: number;
  if (magnitude < 32) encoded = magnitude >> 1;
  else {
    let exponent = 1;
    while (magnitude >> (exponent + 5) > 0 && exponent < 7) exponent++;
    encoded = (exponent << 4) | ((magnitude >> exponent) & 0x0f);
  }
  return (encoded | sign) ^ 0x55;
}

/** Decodes one A-law byte to a PCM16 sample. */
export function linearFromAlaw(byte: number): number {
  const value = byte ^ 0x55;
  const exponent = (value >> 4) & 0x07;
  const mantissa = value & 0x0f;
  let magnitude = exponent === 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
  if ((value & 0x80) === 0) magnitude = -magnitude;
  return magnitude;
}

/** Decodes a buffer of μ-law bytes. */
export function decodeMulaw(bytes: Uint8Array): Int16Array {
  const output = new Int16Array(bytes.length);
  for (let index = 0; index < bytes.length; index++) output[index] = linearFromMulaw(bytes[index] ?? 0);
  return output;
}

/** Encodes PCM16 samples as μ-law bytes. */
export function encodeMulaw(samples: Int16Array): Uint8Array {
  const output = new Uint8Array(samples.length);
  for (let index = 0; index < samples.length; index++) output[index] = mulawFromLinear(samples[index] ?? 0);
  return output;
}

/** Decodes a buffer of A-law bytes. */
export function decodeAlaw(bytes: Uint8Array): Int16Array {
  const output = new Int16Array(bytes.length);
  for (let index = 0; index < bytes.length; index++) output[index] = linearFromAlaw(bytes[index] ?? 0);
  return output;
}

/** Encodes PCM16 samples as A-law bytes. */
export function encodeAlaw(samples: Int16Array): Uint8Array {
  const output = new Uint8Array(samples.length);
  for (let index = 0; index < samples.length; index++) output[index] = alawFromLinear(samples[index] ?? 0);
  return output;
}
