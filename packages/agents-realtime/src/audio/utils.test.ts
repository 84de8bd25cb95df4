import { describe, expect, it } from 'vitest';
import { chunkByDuration } from './chunk';
import { audioDurationMs, bytesForDuration, describeAudioFormat } from './format';
import { peakLevel, rmsLevel } from './level';
import { float32ToPcm16, pcm16ToFloat32, toInt16Array } from './pcm';
import { utils } from './utils';
import { readWav, writeWav } from './wav';

describe('PCM16 ⇄ Float32', () => {
  it('maps full scale to ±1 and clamps out-of-range floats', () => {
    expect(Array.from(pcm16ToFloat32(Int16Array.from([-32768, 0, 16384])))).toEqual([-1, 0, 0.5]);
    expect(Array.from(float32ToPcm16(Float32Array.from([-2, -1, 0, 1, 3])))).toEqual([-32768, -32768, 0, 32767, 32767]);
  });

  it('reads samples from an odd-offset view by copying', () => {
    const bytes = new Uint8Array([0, 0x01, 0x00, 0xff, 0xff]);
    expect(Array.from(toInt16Array(bytes.subarray(1)))).toEqual([1, -1]);
  });
});

describe('formats and durations', () => {
  it('computes durations for every format spelling', () => {
    expect(audioDurationMs(4800)).toBe(100);
    expect(audioDurationMs(4800, { type: 'audio/pcm', rate: 24000 })).toBe(100);
    expect(audioDurationMs(160, 'g711_ulaw')).toBe(20);
    expect(audioDurationMs(160, { type: 'audio/pcma' })).toBe(20);
    expect(bytesForDuration(20, 'pcm16')).toBe(960);
    expect(bytesForDuration(20, 'g711_alaw')).toBe(160);
    expect(describeAudioFormat(undefined).encoding).toBe('pcm16');
  });

  it('chunks audio by duration with a shorter last chunk', () => {
    const chunks = chunkByDuration(new Uint8Array(1000), 20, 'g711_ulaw');
    expect(chunks.map((chunk) => chunk.byteLength)).toEqual([160, 160, 160, 160, 160, 160, 40]);
    expect(() => chunkByDuration(new ArrayBuffer(4), 0)).toThrow(RangeError);
  });
});

describe('levels', () => {
  it('measures RMS and peak of a square wave and of silence', () => {
    const square = Int16Array.from({ length: 100 }, (_, index) => (index % 2 ? 16384 : -16384));
    expect(rmsLevel(square)).toBeCloseTo(0.5);
    expect(peakLevel(square)).toBeCloseTo(0.5);
    expect(rmsLevel(new Int16Array(0))).toBe(0);
  });
});

describe('WAV', () => {
  it('round-trips PCM16 and rejects non-WAV input', () => {
    const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
    const wav = writeWav(samples, 24000);
    expect(wav.byteLength).toBe(44 + 10);
    const decoded = readWav(wav);
    expect(decoded.sampleRate).toBe(24000);
    expect(decoded.channels).toBe(1);
    expect(Array.from(decoded.samples)).toEqual(Array.from(samples));
    expect(() => readWav(new ArrayBuffer(20))).toThrow(RangeError);
  });

  it('reads μ-law WAV files and skips unknown chunks', () => {
    const header = new Uint8Array(writeWav(new Int16Array(0), 8000));
    const view = new DataView(header.buffer);
    view.setUint16(20, 7, true); // μ-law
    view.setUint16(34, 8, true);
    const extra = new Uint8Array([...'LIST'].map((c) => c.charCodeAt(0)).concat([2, 0, 0, 0, 9, 9]));
    const data = new Uint8Array([...'data'].map((c) => c.charCodeAt(0)).concat([2, 0, 0, 0, 0xff, 0x80]));
    const file = new Uint8Array([...header.subarray(0, 36), ...extra, ...data]);
    expect(Array.from(readWav(file.buffer).samples)).toEqual([0, 32124]);
  });
});

describe('utils namespace', () => {
  it('exposes the named helpers', () => {
    expect(utils.encodeMuLaw).toBeTypeOf('function');
    expect(new utils.Resampler(8000, 16000).toRate).toBe(16000);
    expect(utils.base64ToArrayBuffer(utils.arrayBufferToBase64(new Uint8Array([1, 2])))).toBeInstanceOf(ArrayBuffer);
  });
});
