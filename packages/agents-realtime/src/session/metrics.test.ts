import { describe, expect, it } from 'vitest';
import { TurnMetricsRecorder, percentile } from './metrics';

describe('TurnMetricsRecorder', () => {
  it('measures each turn from end of input to response, first audio and playout, plus tool time', () => {
    let now = 0;
    const recorder = new TurnMetricsRecorder(() => now);
    recorder.endOfInput();
    now = 100;
    recorder.responseCreated('r1');
    now = 160;
    recorder.firstAudio();
    now = 200;
    recorder.playbackStarted();
    now = 900;
    expect(recorder.responseDone()).toEqual({
      responseId: 'r1',
      endOfInputToResponseMs: 100,
      responseToFirstAudioMs: 60,
      endOfInputToFirstAudioMs: 160,
      firstAudioToPlayoutMs: 40,
      toolMs: 0,
      responseDurationMs: 800,
    });
    recorder.toolRan(250);
    recorder.toolOutputSent();
    now = 950;
    recorder.responseCreated('r2');
    const second = recorder.responseDone()!;
    expect(second.toolMs).toBe(250);
    expect(second.endOfInputToResponseMs).toBe(50);
    expect(second.endOfInputToFirstAudioMs).toBeUndefined();
    expect(recorder.responseDone()).toBeUndefined();
    const summary = recorder.summary();
    expect(summary.turns).toHaveLength(2);
    expect(summary.endOfInputToResponseMs).toEqual({ count: 2, p50: 50, p95: 100 });
    expect(summary.firstAudioToPlayoutMs.count).toBe(1);
  });

  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(values, 0.5)).toBe(10);
    expect(percentile(values, 0.95)).toBe(19);
    expect(percentile([], 0.5)).toBeUndefined();
  });
});
