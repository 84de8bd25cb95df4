import { decodeALaw } from './alaw';
import { decodeMuLaw } from './mulaw';

/** A decoded WAV file: PCM16 samples (interleaved when there are several channels). */
export interface WavAudio {
  sampleRate: number;
  channels: number;
  samples: Int16Array;
}

const FORMAT_PCM = 1;
const FORMAT_ALAW = 6;
const FORMAT_MULAW = 7;

function writeAscii(view: DataView, offset: number, text: string): void {
  for (let index = 0; index < text.length; index++) view.setUint8(offset + index, text.charCodeAt(index));
}

function readAscii(view: DataView, offset: number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += String.fromCharCode(view.getUint8(offset + index));
  return text;
}

/** Writes PCM16 samples as a canonical 44-byte-header WAV file. */
export function writeWav(samples: Int16Array, sampleRate: number, channels = 1): ArrayBuffer {
  const dataLength = samples.length * 2;
  const buffer = new ArrayBuffer(44 + dataLength);
  const view = new DataView(buffer);
  writeAscii(view, 0, 'RIFF');
  view.setUint32(4, 36 + dataLength, true);
  writeAscii(view, 8, 'WAVE');
  writeAscii(view, 12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, FORMAT_PCM, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  writeAscii(view, 36, 'data');
  view.setUint32(40, dataLength, true);
  for (let index = 0; index < samples.length; index++) view.setInt16(44 + index * 2, samples[index]!, true);
  return buffer;
}

/**
 * Reads a WAV file holding 16-bit PCM, μ-law or A-law, walking the chunk list so extra chunks
 * (LIST, fact) are skipped. Throws a RangeError naming what is wrong with the file.
 */
export function readWav(buffer: ArrayBuffer): WavAudio {
  const view = new DataView(buffer);
  if (buffer.byteLength < 12 || readAscii(view, 0, 4) !== 'RIFF' || readAscii(view, 8, 4) !== 'WAVE') {
    throw new RangeError('Not a RIFF/WAVE file');
  }
  let format: { code: number; channels: number; sampleRate: number; bits: number } | undefined;
  let offset = 12;
  while (offset + 8 <= buffer.byteLength) {
    const id = readAscii(view, offset, 4);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        code: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!format) throw new RangeError('WAV data chunk before fmt chunk');
      const length = Math.min(size, buffer.byteLength - body);
      const bytes = new Uint8Array(buffer, body, length);
      const { code, channels, sampleRate, bits } = format;
      if (code === FORMAT_PCM && bits === 16) {
        const samples = new Int16Array(length >> 1);
        for (let index = 0; index < samples.length; index++) samples[index] = view.getInt16(body + index * 2, true);
        return { sampleRate, channels, samples };
      }
      if (code === FORMAT_MULAW && bits === 8) return { sampleRate, channels, samples: decodeMuLaw(bytes) };
      if (code === FORMAT_ALAW && bits === 8) return { sampleRate, channels, samples: decodeALaw(bytes) };
      throw new RangeError(`Unsupported WAV encoding: format ${code}, ${bits} bits`);
    }
    offset = body + size + (size % 2); // chunks are padded to an even length
  }
  throw new RangeError('WAV file has no data chunk');
}
