import { describe, expect, it } from 'vitest';
import { MarkPlaybackTracker } from './mark-playback-tracker';

function sendFrames(tracker: MarkPlaybackTracker, itemId: string, count: number): string[] {
  return Array.from({ length: count }, () => tracker.recordSent(itemId, 20));
}

describe('MarkPlaybackTracker', () => {
  it('counts heard milliseconds from echoes, not from what was sent', () => {
    const tracker = new MarkPlaybackTracker();
    const marks = sendFrames(tracker, 'item_a', 10);
    expect(tracker.sentMs('item_a')).toBe(200);
    expect(tracker.playedMs('item_a')).toBe(0);
    expect(tracker.acknowledge(marks[2]!)).toEqual({ itemId: 'item_a', playedMs: 60, done: false });
    expect(tracker.playedMs('item_a')).toBe(60);
    expect(tracker.currentItemId).toBe('item_a');
  });

  it('treats an echo as proof that every earlier mark has played', () => {
    const tracker = new MarkPlaybackTracker();
    const marks = sendFrames(tracker, 'item_a', 5);
    tracker.acknowledge(marks[3]!);
    // Earlier marks were retired with it: their late echoes change nothing.
    expect(tracker.acknowledge(marks[1]!)).toBeUndefined();
    expect(tracker.playedMs('item_a')).toBe(80);
  });

  it('truncates the playing item at the heard position and queued items at 0', () => {
    const tracker = new MarkPlaybackTracker();
    const first = sendFrames(tracker, 'item_a', 10);
    sendFrames(tracker, 'item_b', 3);
    tracker.acknowledge(first[4]!);
    expect(tracker.interrupt()).toEqual([
      { itemId: 'item_a', audioEndMs: 100 },
      { itemId: 'item_b', audioEndMs: 0 },
    ]);
    expect(tracker.hasPendingPlayback).toBe(false);
  });

  it('ignores echoes of marks that were pending when clear was sent', () => {
    const tracker = new MarkPlaybackTracker();
    const marks = sendFrames(tracker, 'item_a', 4);
    tracker.acknowledge(marks[0]!);
    tracker.interrupt();
    for (const name of marks.slice(1)) expect(tracker.acknowledge(name)).toBeUndefined();
    // The next response starts afresh and counts normally.
    const next = tracker.recordSent('item_c', 20);
    expect(next).toMatch(/:g1:/);
    expect(tracker.acknowledge(next)).toEqual({ itemId: 'item_c', playedMs: 20, done: false });
  });

  it('retires an item on the echo of its final mark', () => {
    const tracker = new MarkPlaybackTracker();
    sendFrames(tracker, 'item_a', 2);
    const done = tracker.recordDone('item_a');
    expect(tracker.acknowledge(done)).toEqual({ itemId: 'item_a', playedMs: 40, done: true });
    expect(tracker.hasPendingPlayback).toBe(false);
    expect(tracker.interrupt()).toEqual([]);
  });

  it('returns undefined for names it never issued', () => {
    const tracker = new MarkPlaybackTracker();
    expect(tracker.acknowledge('someone-else')).toBeUndefined();
    expect(tracker.interrupt()).toEqual([]);
  });
});
