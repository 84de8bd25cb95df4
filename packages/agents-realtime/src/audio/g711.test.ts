import { describe, expect, it } from 'vitest';
import { decodeALaw, encodeALaw } from './alaw';
import { decodeMuLaw, encodeMuLaw } from './mulaw';

// ITU G.711 vectors (telephony-media-streams.md §4.4): [linear, μ-law code, μ-law decoded, A-law code, A-law decoded]
const VECTORS: Array<[number, number, number, number, number]> = [
  [0, 0xff, 0, 0xd5, 8],
  [8, 0xfe, 8, 0xd5, 8],
  [-8, 0x7e, -8, 0x55, -8],
  [100, 0xf2, 104, 0xd3, 104],
  [-100, 0x72, -104, 0x53, -104],
  [1000, 0xce, 988, 0xfa, 1008],
  [-1000, 0x4e, -988, 0x7a, -1008],
  [4000, 0xaf, 4092, 0x9a, 4032],
  [-4000, 0x2f, -4092, 0x1a, -4032],
  [12345, 0x97, 12412, 0xbd, 12544],
  [-12345, 0x17, -12412, 0x3d, -12544],
  [16000, 0x90, 15996, 0xba, 16128],
  [-16000, 0x10, -15996, 0x3a, -16128],
  [32767, 0x80, 32124, 0xaa, 32256],
  [-32768, 0x00, -32124, 0x2a, -32256],
];

// [byte, μ-law decoded, A-law decoded]
const DECODE: Array<[number, number, number]> = [
  [0x00, -32124, -5504],
  [0x0f, -16764, -6784],
  [0x10, -15996, -2752],
  [0x7e, -8, -880],
  [0x7f, 0, -848],
  [0x80, 32124, 5504],
  [0xef, 132, 1696],
  [0xf0, 120, 688],
  [0xfe, 8, 880],
  [0xff, 0, 848],
];

describe('G.711', () => {
  it('encodes and decodes the ITU vectors for μ-law and A-law', () => {
    const linear = Int16Array.from(VECTORS.map((row) => row[0]));
    expect(Array.from(encodeMuLaw(linear))).toEqual(VECTORS.map((row) => row[1]));
    expect(Array.from(decodeMuLaw(encodeMuLaw(linear)))).toEqual(VECTORS.map((row) => row[2]));
    expect(Array.from(encodeALaw(linear))).toEqual(VECTORS.map((row) => row[3]));
    expect(Array.from(decodeALaw(encodeALaw(linear)))).toEqual(VECTORS.map((row) => row[4]));
  });

  it('decodes the byte table vectors', () => {
    const bytes = Uint8Array.from(DECODE.map((row) => row[0]));
    expect(Array.from(decodeMuLaw(bytes))).toEqual(DECODE.map((row) => row[1]));
    expect(Array.from(decodeALaw(bytes))).toEqual(DECODE.map((row) => row[2]));
  });

  it('decodes one period of a 1 kHz μ-law tone', () => {
    const bytes = Uint8Array.from([0x1e, 0x0b, 0x0b, 0x1e, 0x9e, 0x8b, 0x8b, 0x9e]);
    expect(Array.from(decodeMuLaw(bytes))).toEqual([-8828, -20860, -20860, -8828, 8828, 20860, 20860, 8828]);
  });

  it('keeps the segment-boundary behaviour of the reference algorithm for negative inputs', () => {
    expect(Array.from(encodeMuLaw(Int16Array.from([-1, -31611])))).toEqual([0x7f, 0x01]);
  });

  it('is idempotent on decoded values: re-encoding any code gives the same code', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    const muLaw = encodeMuLaw(decodeMuLaw(all));
    const aLaw = encodeALaw(decodeALaw(all));
    for (let byte = 0; byte < 256; byte++) {
      // 0x7f (negative zero) decodes to 0, which encodes as positive zero 0xff.
      expect(muLaw[byte]).toBe(byte === 0x7f ? 0xff : byte);
      expect(aLaw[byte]).toBe(byte);
    }
  });
});
