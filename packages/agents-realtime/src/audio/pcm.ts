/**
 * PCM16 helpers: views over raw bytes and conversion to and from Float32 samples in [-1, 1].
 * PCM16 on the wire is little-endian; every platform we target is little-endian too.
 */

/** Reads raw PCM16 bytes as samples. Copies when the view is not 2-byte aligned. */
export function toInt16Array(audio: ArrayBuffer | ArrayBufferView): Int16Array {
  if (audio instanceof Int16Array) return audio;
  if (audio instanceof ArrayBuffer) return new Int16Array(audio, 0, audio.byteLength >> 1);
  const length = audio.byteLength >> 1;
  if (audio.byteOffset % 2 === 0) return new Int16Array(audio.buffer, audio.byteOffset, length);
  const copy = new Uint8Array(length * 2);
  copy.set(new Uint8Array(audio.buffer, audio.byteOffset, length * 2));
  return new Int16Array(copy.buffer);
}

/** Returns the bytes of a sample array as a standalone ArrayBuffer (no shared backing store). */
export function int16ToArrayBuffer(samples: Int16Array): ArrayBuffer {
  return samples.buffer.slice(samples.byteOffset, samples.byteOffset + samples.byteLength) as ArrayBuffer;
}

/** PCM16 → Float32 in [-1, 1). */
export function pcm16ToFloat32(samples: Int16Array): Float32Array {
  const output = new Float32Array(samples.length);
  for (let index = 0; index < samples.length; index++) output[index] = samples[index]! / 32768;
  return output;
}

/** Float32 in [-1, 1] → PCM16, clamping out-of-range values and rounding to the nearest step. */
export function float32ToPcm16(samples: Float32Array): Int16Array {
  const output = new Int16Array(samples.length);
  for (let index = 0; index < samples.length; index++) {
    const value = Math.max(-1, Math.min(1, samples[index]!));
    output[index] = Math.round(value < 0 ? value * 32768 : value * 32767);
  }
  return output;
}
