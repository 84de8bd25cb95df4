import { describe, expect, it } from 'vitest';
import { MAX_QUEUED_BYTES, PlaybackQueue } from './playback-queue';

const audio = (length: number, value = 1) => new Uint8Array(length).fill(value);

describe('PlaybackQueue (Twilio §3.2)', () => {
  it('echoes a mark at once when no audio is queued', () => {
    const queue = new PlaybackQueue();
    expect(queue.pushMark('a')).toEqual(['a']);
  });

  it('echoes marks only when the audio before them has played', () => {
    const queue = new PlaybackQueue();
    queue.pushAudio(audio(160));
    expect(queue.pushMark('m1')).toEqual([]);
    queue.pushAudio(audio(160, 2));
    queue.pushMark('m2');
    const first = queue.drain(100);
    expect(first.played.length).toBe(100);
    expect(first.marks).toEqual([]);
    const second = queue.drain(100);
    expect(second.marks).toEqual(['m1']);
    expect(second.played[59]).toBe(1);
    expect(second.played[60]).toBe(2);
    const rest = queue.drain(1000);
    expect(rest.played.length).toBe(120);
    expect(rest.marks).toEqual(['m2']);
    expect(queue.queuedBytes).toBe(0);
  });

  it('clear drops audio and returns pending marks in order', () => {
    const queue = new PlaybackQueue();
    queue.pushAudio(audio(160));
    queue.pushMark('m1');
    queue.pushAudio(audio(160));
    queue.pushMark('m2');
    queue.drain(40);
    expect(queue.clear()).toEqual(['m1', 'm2']);
    expect(queue.drain(160).played.length).toBe(0);
    // A new queue starts at once.
    expect(queue.pushMark('m3')).toEqual(['m3']);
  });

  it('refuses audio beyond ten minutes of buffer', () => {
    const queue = new PlaybackQueue();
    expect(queue.pushAudio(new Uint8Array(MAX_QUEUED_BYTES))).toBe(true);
    expect(queue.pushAudio(audio(1))).toBe(false);
    expect(queue.queuedBytes).toBe(MAX_QUEUED_BYTES);
  });
});
