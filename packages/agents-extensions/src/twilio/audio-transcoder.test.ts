import { decodeMuLaw, encodeMuLaw } from '@parley/agents-realtime';
import { describe, expect, it } from 'vitest';
import { CallerAudioConverter, ModelAudioConverter } from './audio-transcoder';

const tone = (rate: number, ms: number, hz = 1000) =>
  Int16Array.from({ length: (rate * ms) / 1000 }, (_, n) => Math.round(8000 * Math.sin((2 * Math.PI * hz * n) / rate)));

describe('audio converters', () => {
  it('pass μ-law through untouched in both directions', () => {
    const frame = encodeMuLaw(tone(8000, 20));
    expect(new Uint8Array(new CallerAudioConverter().convert(frame, 'g711_ulaw'))).toEqual(frame);
    expect(new ModelAudioConverter().convert(frame.slice().buffer, { type: 'audio/pcmu' })).toEqual(frame);
  });

  it('turns 20 ms of caller μ-law into 20 ms of PCM16 at 24 kHz, and back', () => {
    const caller = new CallerAudioConverter();
    const model = new ModelAudioConverter();
    let pcmBytes = 0;
    let mulawBytes = 0;
    for (let index = 0; index < 10; index++) {
      const pcm = caller.convert(encodeMuLaw(tone(8000, 20)), 'pcm16');
      pcmBytes += pcm.byteLength;
      mulawBytes += model.convert(pcm, 'pcm16').length;
    }
    // Streaming resamplers lag by a few samples; the totals stay within one frame of 200 ms.
    expect(Math.abs(pcmBytes - 200 * 48)).toBeLessThanOrEqual(960);
    expect(Math.abs(mulawBytes - 200 * 8)).toBeLessThanOrEqual(160);
  });

  it('keeps the level of a 1 kHz tone through PCM16 24 kHz', () => {
    const model = new ModelAudioConverter();
    const out = decodeMuLaw(model.convert(tone(24000, 200).buffer, 'pcm16'));
    const steady = out.slice(400);
    const peak = Math.max(...steady.map((sample) => Math.abs(sample)));
    expect(peak).toBeGreaterThan(7000);
    expect(peak).toBeLessThan(9000);
  });

  it('re-encodes A-law', () => {
    const frame = encodeMuLaw(tone(8000, 20));
    const alaw = new Uint8Array(new CallerAudioConverter().convert(frame, 'g711_alaw'));
    expect(alaw.length).toBe(160);
    const back = new ModelAudioConverter().convert(alaw.buffer, 'g711_alaw');
    expect(back.length).toBe(160);
  });
});
