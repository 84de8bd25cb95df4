import { describe, expect, it } from 'vitest';
import { decodeStereoWav, encodeStereoWav, TrackRecorder } from './stereo-wav';

describe('encodeStereoWav', () => {
  it('writes a stereo 16-bit header and interleaves the tracks, padding the shorter', () => {
    const wav = encodeStereoWav(Int16Array.from([1, -2, 3]), Int16Array.from([7]), 8000);
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF');
    expect(wav.length).toBe(44 + 3 * 4);
    const { left, right, sampleRate } = decodeStereoWav(wav);
    expect(sampleRate).toBe(8000);
    expect([...left]).toEqual([1, -2, 3]);
    expect([...right]).toEqual([7, 0, 0]);
  });

  it('TrackRecorder joins appended chunks', () => {
    const track = new TrackRecorder();
    track.append(Int16Array.from([1, 2]));
    track.append(Int16Array.from([3]));
    expect([...track.samples()]).toEqual([1, 2, 3]);
    expect(track.length).toBe(3);
  });
});
