import { spawn } from 'node:child_process';
import { resample } from '../audio/resample';

/** Samples of a WAV file's `data` chunk (16-bit mono) and its rate; `undefined` when it is not one. */
export function readWav(bytes: Buffer): { samples: Int16Array; sampleRate: number } | undefined {
  if (bytes.length < 44 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    return undefined;
  }
  let offset = 12;
  let sampleRate = 0;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ') sampleRate = bytes.readUInt32LE(offset + 12);
    if (id === 'data') {
      // Streamed WAVs (espeak-ng --stdout) carry a placeholder size: the data runs to the end.
      const data = bytes.subarray(offset + 8, Math.min(bytes.length, offset + 8 + size));
      const copy = new Uint8Array(data.length - (data.length % 2));
      copy.set(data.subarray(0, copy.length));
      return { samples: new Int16Array(copy.buffer), sampleRate };
    }
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

/**
 * Speaks text with `espeak-ng` when it is installed, for demos a person listens to. Resolves with
 * PCM16 at `sampleRate`, or `undefined` when espeak-ng is missing or fails (callers fall back to
 * the modem voice). This audio carries no modem symbols, so nothing can transcribe it back.
 */
export function espeakSpeech(text: string, sampleRate: number): Promise<Int16Array | undefined> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn('espeak-ng', ['--stdout', '-s', '165', '--', text], { stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => {
      const wav = code === 0 ? readWav(Buffer.concat(chunks)) : undefined;
      resolve(wav ? resample(wav.samples, wav.sampleRate, sampleRate) : undefined);
    });
  });
}
