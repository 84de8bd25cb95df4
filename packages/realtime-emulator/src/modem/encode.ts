import { HIGH_TONES, LOW_TONES, symbolOf, tonesOf } from './alphabet';
import { GUARD_MS, RAMP_MS, TONE_AMPLITUDE, TONE_MS, samplesIn } from './timing';

/**
 * Turns text into the modem voice: PCM16 mono at `sampleRate`, one pair of tones (one low, one high)
 * per character for 58 ms followed by 12 ms of silence. Printable ASCII is carried as is; line breaks
 * and tabs become spaces and any other character becomes `?`.
 *
 * @example
 * const samples = encodeModem('hello'); // 350 ms at 24 kHz
 */
export function encodeModem(text: string, sampleRate = 24000): Int16Array {
  const characters = [...text];
  const toneLength = samplesIn(TONE_MS, sampleRate);
  const symbolLength = toneLength + samplesIn(GUARD_MS, sampleRate);
  const rampLength = samplesIn(RAMP_MS, sampleRate);
  const output = new Int16Array(characters.length * symbolLength);
  characters.forEach((character, index) => {
    const [low, high] = tonesOf(symbolOf(character));
    const lowStep = (2 * Math.PI * (LOW_TONES[low] ?? 0)) / sampleRate;
    const highStep = (2 * Math.PI * (HIGH_TONES[high] ?? 0)) / sampleRate;
    const start = index * symbolLength;
    for (let n = 0; n < toneLength; n++) {
      const edge = Math.min(n, toneLength - 1 - n);
      const gain = edge < rampLength ? 0.5 - 0.5 * Math.cos((Math.PI * edge) / rampLength) : 1;
      output[start + n] = Math.round(TONE_AMPLITUDE * gain * (Math.sin(lowStep * n) + Math.sin(highStep * n)));
    }
  });
  return output;
}
