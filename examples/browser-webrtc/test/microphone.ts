import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeModem } from '@parley/realtime-emulator/modem';
import { writeWav } from './wav';

const RATE = 48_000;

/**
 * Writes a WAV for Chromium's fake microphone: `leadMs` of silence (the call is not up yet when
 * capture starts), `text` in the emulator's modem voice, then `tailMs` of silence. Chromium loops
 * the file, so the default tail keeps the user from repeating themselves within a test.
 */
export function modemMicrophone(text: string, options: { leadMs?: number; tailMs?: number } = {}): string {
  const lead = Math.round(((options.leadMs ?? 1500) * RATE) / 1000);
  const tail = Math.round(((options.tailMs ?? 20_000) * RATE) / 1000);
  const speech = encodeModem(text, RATE);
  const samples = new Int16Array(lead + speech.length + tail);
  samples.set(speech, lead);
  const path = join(mkdtempSync(join(tmpdir(), 'parley-mic-')), 'microphone.wav');
  writeWav(path, samples, RATE);
  return path;
}
