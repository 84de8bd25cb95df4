import { bytesForDuration, type RealtimeAudioFormat } from './format';

/**
 * Splits raw audio into chunks of `durationMs` each (the last one may be shorter), e.g. 20 ms
 * frames for telephony or 100 ms appends for the model. Chunks are copies, safe to transfer.
 */
export function chunkByDuration(
  audio: ArrayBuffer | ArrayBufferView,
  durationMs: number,
  format: RealtimeAudioFormat = 'pcm16',
): ArrayBuffer[] {
  if (!(durationMs > 0)) throw new RangeError('durationMs must be greater than 0');
  const bytes =
    audio instanceof ArrayBuffer
      ? new Uint8Array(audio)
      : new Uint8Array(audio.buffer, audio.byteOffset, audio.byteLength);
  const size = Math.max(bytesForDuration(durationMs, format), 1);
  const chunks: ArrayBuffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) {
    chunks.push(bytes.slice(offset, offset + size).buffer);
  }
  return chunks;
}
