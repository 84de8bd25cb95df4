import { describe, expect, it } from 'vitest';
import { alawFromLinear, linearFromAlaw, linearFromMulaw, mulawFromLinear } from './g711';
import { resample } from './resample';
import { EnergyVad } from './vad';

describe('G.711', () => {
  it('matches the ITU reference values for silence and full scale', () => {
    expect(mulawFromLinear(0)).toBe(0xff);
    expect(alawFromLinear(0)).toBe(0xd5);
    expect(linearFromMulaw(0xff)).toBe(0);
    expect(linearFromMulaw(0x00)).toBe(-32124);
    expect(linearFromMulaw(0x80)).toBe(32124);
    expect(linearFromAlaw(0xd5)).toBe(8);
    expect(linearFromAlaw(0x55)).toBe(-8);
  });

  it('decode then encode returns the same byte for every code', () => {
    for (let byte = 0; byte < 256; byte++) {
      expect(alawFromLinear(linearFromAlaw(byte))).toBe(byte);
      // μ-law has two codes for zero (0x7f and 0xff); both decode to 0 and encode to 0xff.
      if (byte !== 0x7f) expect(mulawFromLinear(linearFromMulaw(byte))).toBe(byte);
    }
  });

  it('keeps error within the segment step', () => {
    for (const sample of [-30000, -1000, -10, 0, 10, 1000, 30000]) {
      expect(Math.abs(linearFromMulaw(mulawFromLinear(sample)) - sample)).toBeLessThanOrEqual(
        Math.max(8, Math.abs(sample) / 16),
      );
      expect(Math.abs(linearFromAlaw(alawFromLinear(sample)) - sample)).toBeLessThanOrEqual(
        Math.max(16, Math.abs(sample) / 16),
      );
    }
  });
});

describe('resample', () => {
  it('changes length by the rate ratio and keeps a slow sine', () => {
    const input = new Int16Array(2400).map((_, n) => 10000 * Math.sin((2 * Math.PI * 200 * n) / 24000));
    const down = resample(input, 24000, 8000);
    expect(down.length).toBe(800);
    const up = resample(down, 8000, 24000);
    expect(up.length).toBe(2400);
    expect(Math.abs((up[600] ?? 0) - (input[600] ?? 0))).toBeLessThan(1500);
  });
});

describe('EnergyVad', () => {
  const settings = { threshold: 0.5, prefixPaddingMs: 100, silenceDurationMs: 200 };
  const tone = (ms: number, amplitude: number) =>
    new Int16Array((ms * 24000) / 1000).map((_, n) => amplitude * Math.sin((2 * Math.PI * 300 * n) / 24000));

  it('reports speech start (minus padding) and stop after the silence duration', () => {
    const vad = new EnergyVad(settings, 24000);
    expect(vad.push(new Int16Array(24000 * 0.5))).toEqual([]);
    const start = vad.push(tone(300, 12000));
    expect(start).toMatchObject([{ type: 'speech_started', ms: 400 }]);
    expect(vad.speaking).toBe(true);
    const stop = vad.push(new Int16Array(24000 * 0.3));
    expect(stop).toMatchObject([{ type: 'speech_stopped', ms: 800 }]);
    expect(vad.speaking).toBe(false);
  });

  it('ignores sound under the threshold and lone clicks', () => {
    const vad = new EnergyVad({ ...settings, threshold: 0.9 }, 24000);
    expect(vad.push(tone(500, 2000))).toEqual([]);
    const click = new Int16Array(2400);
    click.fill(20000, 0, 240);
    expect(vad.push(click)).toEqual([]);
  });
});
