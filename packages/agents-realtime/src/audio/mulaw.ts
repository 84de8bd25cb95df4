import { createG711TableCodec } from './g711-table-codec';

/**
 * G.711 μ-law, table-driven: a 256-entry decode table and a 65536-entry encode table, both
 * computed once on first use from the ITU algorithm (bias 0x84, clip 32635, inverted code bits).
 */
const BIAS = 0x84;
const CLIP = 32635;

function encodeSample(sample: number): number {
  const sign = sample < 0 ? 0x80 : 0;
  const biased = Math.min(sample < 0 ? -sample : sample, CLIP) + BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (biased & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (biased >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

function decodeByte(byte: number): number {
  const inverted = ~byte & 0xff;
  const exponent = (inverted >> 4) & 0x07;
  const magnitude = ((((inverted & 0x0f) << 3) + BIAS) << exponent) - BIAS;
  return inverted & 0x80 ? -magnitude : magnitude;
}

const codec = /* @__PURE__ */ createG711TableCodec(encodeSample, decodeByte);

/** Encodes PCM16 samples (any rate; G.711 is normally 8 kHz) to μ-law bytes. */
export function encodeMuLaw(pcm: Int16Array): Uint8Array {
  return codec.encode(pcm);
}

/** Decodes μ-law bytes to PCM16 samples. */
export function decodeMuLaw(bytes: Uint8Array): Int16Array {
  return codec.decode(bytes);
}
