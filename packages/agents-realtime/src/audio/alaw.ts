import { createG711TableCodec } from './g711-table-codec';

/**
 * G.711 A-law, table-driven: tables computed once on first use from the ITU algorithm
 * (13-bit magnitude, eight segments, even bits inverted with 0x55).
 */
const SEGMENT_ENDS = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];

function encodeSample(sample: number): number {
  let value = sample >> 3;
  let mask = 0xd5;
  if (value < 0) {
    mask = 0x55;
    value = -value - 1;
  }
  const segment = SEGMENT_ENDS.findIndex((end) => value <= end);
  if (segment < 0) return 0x7f ^ mask;
  const mantissa = segment < 2 ? (value >> 1) & 0x0f : (value >> segment) & 0x0f;
  return ((segment << 4) | mantissa) ^ mask;
}

function decodeByte(byte: number): number {
  const value = byte ^ 0x55;
  const segment = (value >> 4) & 0x07;
  let magnitude = (value & 0x0f) << 4;
  if (segment === 0) magnitude += 8;
  else if (segment === 1) magnitude += 0x108;
  else magnitude = (magnitude + 0x108) << (segment - 1);
  return value & 0x80 ? magnitude : -magnitude;
}

const codec = /* @__PURE__ */ createG711TableCodec(encodeSample, decodeByte);

/** Encodes PCM16 samples to A-law bytes. */
export function encodeALaw(pcm: Int16Array): Uint8Array {
  return codec.encode(pcm);
}

/** Decodes A-law bytes to PCM16 samples. */
export function decodeALaw(bytes: Uint8Array): Int16Array {
  return codec.decode(bytes);
}
