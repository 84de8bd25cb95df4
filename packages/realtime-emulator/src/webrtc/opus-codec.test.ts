import { describe, expect, it } from 'vitest';
import { OpusCodec } from './opus-codec';
import { downsample48To24, upsample24To48 } from './pcm-resample';

function rms(samples: Int16Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / samples.length);
}

describe('OpusCodec', () => {
  it('round-trips a tone through Opus with its energy intact', () => {
    const codec = new OpusCodec();
    const decoded: Int16Array[] = [];
    for (let frame = 0; frame < 10; frame++) {
      const pcm = new Int16Array(960);
      for (let index = 0; index < pcm.length; index++) {
        pcm[index] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * (frame * 960 + index)) / 48_000));
      }
      decoded.push(codec.decode(codec.encode(pcm)));
    }
    codec.delete();
    expect(decoded.every((pcm) => pcm.length === 960)).toBe(true);
    // Skip the codec's start-up frames; afterwards the tone's RMS (8000 / √2) comes back.
    expect(rms(decoded[9]!)).toBeGreaterThan(4000);
  });

  it('refuses a frame of the wrong size and a corrupt packet', () => {
    const codec = new OpusCodec();
    expect(() => codec.encode(new Int16Array(100))).toThrow(RangeError);
    expect(() => codec.decode(new Uint8Array([0xff, 0xff, 0xff]))).toThrow();
    codec.delete();
  });
});

describe('24 kHz ⇄ 48 kHz', () => {
  it('doubles and halves the sample count and keeps the level', () => {
    const input = new Int16Array(480).fill(1234);
    const up = upsample24To48(input);
    expect(up).toHaveLength(960);
    const down = downsample48To24(up);
    expect(down).toHaveLength(480);
    expect(down[100]).toBe(1234);
  });
});
