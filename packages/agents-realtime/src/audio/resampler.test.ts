import { describe, expect, it } from 'vitest';
import { levelToDb, rmsLevel } from './level';
import { Resampler, resamplePcm16 } from './resampler';

function sine(frequency: number, rate: number, seconds: number, amplitude = 16000): Int16Array {
  const samples = new Int16Array(Math.round(rate * seconds));
  for (let index = 0; index < samples.length; index++) {
    samples[index] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * index) / rate));
  }
  return samples;
}

/** Level of the middle of a signal, away from the filter's start-up and tail. */
function middleLevel(samples: Int16Array): number {
  const margin = Math.floor(samples.length / 4);
  return rmsLevel(samples.subarray(margin, samples.length - margin));
}

describe('resamplePcm16', () => {
  it('rejects aliases by at least 60 dB from 24 kHz to 8 kHz across a sweep above 4 kHz', () => {
    for (let frequency = 4000; frequency <= 11800; frequency += 300) {
      const input = sine(frequency, 24000, 0.2);
      const output = resamplePcm16(input, 24000, 8000);
      const rejection = levelToDb(middleLevel(input)) - levelToDb(middleLevel(output));
      expect(rejection, `${frequency} Hz`).toBeGreaterThanOrEqual(60);
    }
  });

  it('keeps the passband within 1 dB for every supported rate pair', () => {
    const rates = [8000, 16000, 24000, 48000];
    for (const from of rates) {
      for (const to of rates) {
        for (const frequency of [300, 1000, 3000]) {
          const input = sine(frequency, from, 0.2);
          const output = resamplePcm16(input, from, to);
          expect(output.length).toBe(Math.round((input.length * to) / from));
          const change = levelToDb(middleLevel(output)) - levelToDb(middleLevel(input));
          expect(Math.abs(change), `${from}→${to} at ${frequency} Hz`).toBeLessThan(1);
        }
      }
    }
  });

  it('removes imaging when upsampling 8 kHz to 24 kHz (no energy above 4 kHz)', () => {
    const output = resamplePcm16(sine(1000, 8000, 0.2), 8000, 24000);
    // Subtract the ideal 1 kHz tone at 24 kHz; what remains is imaging and filter error.
    const ideal = sine(1000, 24000, 0.2);
    const residual = new Int16Array(output.length);
    for (let index = 0; index < output.length; index++) residual[index] = output[index]! - ideal[index]!;
    expect(levelToDb(middleLevel(residual)) - levelToDb(middleLevel(ideal))).toBeLessThan(-40);
  });

  it('keeps time alignment: a one-shot resample matches the original tone phase', () => {
    const output = resamplePcm16(sine(440, 24000, 0.1), 24000, 16000);
    const ideal = sine(440, 16000, 0.1);
    const middle = Math.floor(output.length / 2);
    expect(Math.abs(output[middle]! - ideal[middle]!)).toBeLessThan(300);
  });

  it('returns a copy for equal rates and an empty array for empty input', () => {
    const input = Int16Array.from([1, 2, 3]);
    const output = resamplePcm16(input, 24000, 24000);
    expect(Array.from(output)).toEqual([1, 2, 3]);
    expect(output).not.toBe(input);
    expect(resamplePcm16(new Int16Array(0), 24000, 8000).length).toBe(0);
  });
});

describe('Resampler', () => {
  it('produces the same samples when fed 20 ms frames as when fed the whole clip', () => {
    const input = sine(700, 8000, 0.3);
    const whole = new Resampler(8000, 24000).process(input);
    const streaming = new Resampler(8000, 24000);
    const pieces: number[] = [];
    for (let offset = 0; offset < input.length; offset += 160) {
      pieces.push(...streaming.process(input.subarray(offset, offset + 160)));
    }
    expect(pieces).toEqual(Array.from(whole));
  });

  it('produces exactly three output samples per input sample for 8k→24k and one per three for 24k→8k', () => {
    const up = new Resampler(8000, 24000);
    expect(up.process(new Int16Array(160)).length).toBe(480);
    const down = new Resampler(24000, 8000);
    let total = 0;
    for (let frame = 0; frame < 10; frame++) total += down.process(new Int16Array(100)).length;
    expect(total).toBe(334); // ceil(1000 / 3): output sample k uses input up to index 3k
  });

  it('reset() forgets state and rejects invalid rates', () => {
    const resampler = new Resampler(24000, 8000);
    const first = resampler.process(sine(500, 24000, 0.05));
    resampler.reset();
    expect(Array.from(resampler.process(sine(500, 24000, 0.05)))).toEqual(Array.from(first));
    expect(() => new Resampler(0, 8000)).toThrow(RangeError);
    expect(() => new Resampler(8000, 1.5)).toThrow(RangeError);
  });
});
