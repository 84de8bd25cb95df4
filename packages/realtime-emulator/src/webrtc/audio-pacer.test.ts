import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AudioPacer } from './audio-pacer';

function recorder() {
  const log: string[] = [];
  const frames: Int16Array[] = [];
  const pacer = new AudioPacer<string>({
    frame: (pcm) => {
      frames.push(pcm);
      log.push('frame');
    },
    started: (key) => log.push(`started:${key}`),
    stopped: (key) => log.push(`stopped:${key}`),
  });
  return { pacer, log, frames };
}

describe('AudioPacer', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('sends one 48 kHz frame per 20 ms and reports start and stop around a stream', () => {
    const { pacer, log, frames } = recorder();
    pacer.enqueue('a', new Int16Array(480 * 3).fill(1000));
    pacer.end('a');
    expect(log).toEqual(['started:a', 'frame']);
    vi.advanceTimersByTime(40);
    expect(log).toEqual(['started:a', 'frame', 'frame', 'frame', 'stopped:a']);
    expect(frames.every((frame) => frame.length === 960)).toBe(true);
    expect(pacer.playedMs('a')).toBe(60);
  });

  it('pads a trailing partial frame with silence when the stream ends', () => {
    const { pacer, frames } = recorder();
    pacer.enqueue('a', new Int16Array(500).fill(2000));
    expect(frames).toHaveLength(1);
    pacer.end('a');
    vi.advanceTimersByTime(20);
    expect(frames).toHaveLength(2);
    expect(frames[1]![0]).toBe(2000);
    expect(frames[1]![959]).toBe(0);
  });

  it('does not report a stop while more audio of the stream may come', () => {
    const { pacer, log } = recorder();
    pacer.enqueue('a', new Int16Array(480));
    vi.advanceTimersByTime(100);
    expect(log).toEqual(['started:a', 'frame']);
    pacer.end('a');
    expect(log).toEqual(['started:a', 'frame', 'stopped:a']);
  });

  it('clear drops queued frames, keeps the played length and stops the clock', () => {
    const { pacer, log } = recorder();
    pacer.enqueue('a', new Int16Array(480 * 10));
    vi.advanceTimersByTime(40);
    expect(pacer.clear()).toBe('a');
    expect(pacer.playedMs('a')).toBe(60);
    vi.advanceTimersByTime(200);
    expect(log.filter((entry) => entry === 'frame')).toHaveLength(3);
    expect(log).not.toContain('stopped:a');
    expect(pacer.clear()).toBeUndefined();
  });

  it('ignores audio after close', () => {
    const { pacer, log } = recorder();
    pacer.close();
    pacer.enqueue('a', new Int16Array(480));
    vi.advanceTimersByTime(40);
    expect(log).toEqual([]);
  });
});
