import { describe, expect, it } from 'vitest';
import { AudioFramer, TWILIO_FRAME_BYTES } from './audio-framer';

describe('AudioFramer', () => {
  it('emits whole 20 ms frames and keeps the remainder for the next chunk', () => {
    const framer = new AudioFramer();
    expect(framer.push(new Uint8Array(100).fill(1))).toEqual([]);
    const frames = framer.push(new Uint8Array(300).fill(2));
    expect(frames.map((frame) => frame.length)).toEqual([TWILIO_FRAME_BYTES, TWILIO_FRAME_BYTES]);
    expect(frames[0]![99]).toBe(1);
    expect(frames[0]![100]).toBe(2);
    const tail = framer.flush();
    expect(tail?.length).toBe(TWILIO_FRAME_BYTES);
    expect(tail?.slice(0, 80).every((byte) => byte === 2)).toBe(true);
    expect(tail?.slice(80).every((byte) => byte === 0xff)).toBe(true);
    expect(framer.flush()).toBeUndefined();
  });

  it('drops the remainder on reset', () => {
    const framer = new AudioFramer();
    framer.push(new Uint8Array(50));
    framer.reset();
    expect(framer.flush()).toBeUndefined();
  });
});
