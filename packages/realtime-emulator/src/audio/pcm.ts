import type { AudioFormatName } from '../protocol/audio-format';
import { decodeAlaw, decodeMulaw, encodeAlaw, encodeMulaw } from './g711';

/** Wire bytes of a format as PCM16 samples at the format's own rate. */
export function samplesFromBytes(bytes: Uint8Array, format: AudioFormatName): Int16Array {
  if (format === 'g711_ulaw') return decodeMulaw(bytes);
  if (format === 'g711_alaw') return decodeAlaw(bytes);
  const copy = new Uint8Array(bytes.length - (bytes.length % 2));
  copy.set(bytes.subarray(0, copy.length));
  return new Int16Array(copy.buffer);
}

/** PCM16 samples (at the format's own rate) as wire bytes of a format. */
export function bytesFromSamples(samples: Int16Array, format: AudioFormatName): Uint8Array {
  if (format === 'g711_ulaw') return encodeMulaw(samples);
  if (format === 'g711_alaw') return encodeAlaw(samples);
  return new Uint8Array(samples.buffer.slice(samples.byteOffset, samples.byteOffset + samples.byteLength));
}
