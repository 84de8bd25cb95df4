import { writeFileSync } from 'node:fs';

/** Writes PCM16 mono samples as a WAV file (Chromium's fake microphone reads WAV). */
export function writeWav(path: string, samples: Int16Array, sampleRate: number): void {
  const header = Buffer.alloc(44);
  const dataBytes = samples.byteLength;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  writeFileSync(path, Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, dataBytes)]));
}

/** A sine tone, handy as a microphone signal whose energy is easy to detect. */
export function tone(frequency: number, seconds: number, sampleRate: number, amplitude = 8000): Int16Array {
  const samples = new Int16Array(Math.round(seconds * sampleRate));
  for (let index = 0; index < samples.length; index++) {
    samples[index] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * index) / sampleRate));
  }
  return samples;
}
