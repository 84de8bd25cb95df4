/** A G.711 companding law as lookup tables: every 16-bit sample and every 8-bit code, once. */
export interface G711TableCodec {
  encode(pcm: Int16Array): Uint8Array;
  decode(bytes: Uint8Array): Int16Array;
}

/**
 * Builds a table-driven codec from a law's per-sample functions. The tables (64 KiB to encode,
 * 512 B to decode) are filled on first use, so importing the package costs nothing, and the hot
 * path per 20 ms frame is one lookup per sample.
 */
export function createG711TableCodec(
  encodeSample: (sample: number) => number,
  decodeByte: (byte: number) => number,
): G711TableCodec {
  let encodeTable: Uint8Array | undefined;
  let decodeTable: Int16Array | undefined;
  return {
    encode(pcm) {
      if (!encodeTable) {
        encodeTable = new Uint8Array(65536);
        for (let sample = -32768; sample < 32768; sample++) encodeTable[sample & 0xffff] = encodeSample(sample);
      }
      const output = new Uint8Array(pcm.length);
      for (let index = 0; index < pcm.length; index++) output[index] = encodeTable[pcm[index]! & 0xffff]!;
      return output;
    },
    decode(bytes) {
      if (!decodeTable) {
        decodeTable = new Int16Array(256);
        for (let byte = 0; byte < 256; byte++) decodeTable[byte] = decodeByte(byte);
      }
      const output = new Int16Array(bytes.length);
      for (let index = 0; index < bytes.length; index++) output[index] = decodeTable[bytes[index]!]!;
      return output;
    },
  };
}
