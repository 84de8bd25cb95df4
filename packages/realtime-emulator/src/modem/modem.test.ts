import { describe, expect, it } from 'vitest';
import { decodeAlaw, decodeMulaw, encodeAlaw, encodeMulaw } from '../audio/g711';
import { resample } from '../audio/resample';
import { alawRoundTrip, downsample3, mulawRoundTrip, upsample3 } from '../../test/helpers/audio';
import { ModemDecoder, SYMBOL_MS, decodeModem, encodeModem, modemDurationMs } from './index';

const TEXT = 'say Hello, World! 42 {"a":1} ~';

describe('modem voice', () => {
  it('round-trips printable ASCII at about 14 characters per second', () => {
    const samples = encodeModem(TEXT);
    expect(samples.length).toBe((TEXT.length * SYMBOL_MS * 24000) / 1000);
    expect(modemDurationMs(TEXT)).toBe(TEXT.length * 70);
    expect(decodeModem(samples)).toBe(TEXT);
  });

  it('maps characters it cannot carry to ? and line breaks to spaces', () => {
    expect(decodeModem(encodeModem('café\nok'))).toBe('caf? ok');
  });

  it('survives μ-law and A-law round trips at 8 kHz (continuous-curve models)', () => {
    const narrow = encodeModem(TEXT, 8000);
    expect(decodeModem(mulawRoundTrip(narrow), 8000)).toBe(TEXT);
    expect(decodeModem(alawRoundTrip(narrow), 8000)).toBe(TEXT);
  });

  it('survives the G.711 segment codecs', () => {
    const narrow = encodeModem(TEXT, 8000);
    expect(decodeModem(decodeMulaw(encodeMulaw(narrow)), 8000)).toBe(TEXT);
    expect(decodeModem(decodeAlaw(encodeAlaw(narrow)), 8000)).toBe(TEXT);
  });

  it('survives 24 kHz → 8 kHz → μ-law → 24 kHz, with naive and interpolating resamplers', () => {
    const wide = encodeModem(TEXT);
    expect(decodeModem(upsample3(mulawRoundTrip(downsample3(wide))))).toBe(TEXT);
    expect(decodeModem(downsample3(wide), 8000)).toBe(TEXT);
    const viaCodec = resample(decodeAlaw(encodeAlaw(resample(wide, 24000, 8000))), 8000, 24000);
    expect(decodeModem(viaCodec)).toBe(TEXT);
  });

  it('decodes any prefix of the audio to a prefix of the text', () => {
    const samples = encodeModem(TEXT);
    for (let cut = 0; cut < samples.length; cut += 997) {
      const heard = decodeModem(samples.subarray(0, cut));
      expect(TEXT.startsWith(heard)).toBe(true);
      expect(heard.length).toBeGreaterThanOrEqual(Math.floor(cut / 1680) - 1);
    }
  });

  it('decodes audio that starts mid-symbol and after leading silence', () => {
    const samples = encodeModem('abcdef');
    const tail = samples.subarray(1680 + 300);
    expect('abcdef'.endsWith(decodeModem(tail))).toBe(true);
    const padded = new Int16Array(4800 + samples.length);
    padded.set(samples, 4800);
    expect(decodeModem(padded)).toBe('abcdef');
  });

  it('streams: chunks of any size produce the same text incrementally', () => {
    const samples = encodeModem(TEXT);
    const decoder = new ModemDecoder();
    let streamed = '';
    for (let offset = 0; offset < samples.length; offset += 333)
      streamed += decoder.push(samples.subarray(offset, offset + 333));
    streamed += decoder.flush();
    expect(streamed).toBe(TEXT);
    expect(decoder.text).toBe(TEXT);
  });

  it('decodes nothing from silence, noise or a steady tone', () => {
    expect(decodeModem(new Int16Array(24000))).toBe('');
    let seed = 7;
    const noise = new Int16Array(24000).map(() => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed / 2147483648 - 0.5) * 20000;
    });
    expect(decodeModem(noise)).toBe('');
    const tone = new Int16Array(24000).map((_, n) => 10000 * Math.sin((2 * Math.PI * 440 * n) / 24000));
    expect(decodeModem(tone)).toBe('');
  });
});
