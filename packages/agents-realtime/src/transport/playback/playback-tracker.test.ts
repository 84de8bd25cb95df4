import { describe, expect, it } from 'vitest';
import { PlaybackTracker } from './playback-tracker';

describe('PlaybackTracker', () => {
  it('estimates playout from wall-clock time, capped at the audio received', () => {
    let now = 0;
    const tracker = new PlaybackTracker(() => now);
    expect(tracker.elapsedMs()).toBe(0);
    tracker.onAudio('a', 0, 48_000, 'pcm16'); // 1000 ms arrives at once
    now = 400;
    expect(tracker.elapsedMs()).toBe(400);
    now = 5000;
    expect(tracker.elapsedMs()).toBe(1000);
  });

  it('prefers the reported playout position and ignores reports for other items', () => {
    let now = 0;
    const tracker = new PlaybackTracker(() => now);
    tracker.onAudio('a', 0, 8000, 'g711_ulaw'); // 1000 ms of G.711
    now = 900;
    tracker.reportPlayed('other', 10);
    expect(tracker.elapsedMs()).toBe(900);
    expect(tracker.reportPlayed('a', 250.7)).toBe(true);
    expect(tracker.elapsedMs()).toBe(250);
    expect(tracker.reportPlayed('a', 400)).toBe(false);
    expect(tracker.elapsedMs()).toBe(400);
  });

  it('starts over on a new item or content index', () => {
    let now = 0;
    const tracker = new PlaybackTracker(() => now);
    tracker.onAudio('a', 0, 4800, 'pcm16');
    tracker.onAudioDone();
    now = 50;
    tracker.onAudio('b', 0, 4800, 'pcm16');
    expect(tracker.itemId).toBe('b');
    expect(tracker.receivedMs).toBe(100);
    expect(tracker.audioDone).toBe(false);
    expect(tracker.elapsedMs()).toBe(0);
  });
});
