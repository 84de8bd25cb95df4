/**
 * Audio formats as both wire dialects name them, and durations computed from byte counts.
 */

/** Beta (and user-facing) audio format names. */
export type RealtimeAudioFormatName = 'pcm16' | 'g711_ulaw' | 'g711_alaw';

/** GA audio format objects. */
export type RealtimeAudioFormatObject =
  | { type: 'audio/pcm'; rate?: number }
  | { type: 'audio/pcmu' }
  | { type: 'audio/pcma' };

/** Any audio format spelling the SDK accepts. */
export type RealtimeAudioFormat = RealtimeAudioFormatName | RealtimeAudioFormatObject | (string & {});

/** Describes an audio format's encoding and byte rate. */
export interface AudioFormatInfo {
  encoding: 'pcm16' | 'mulaw' | 'alaw';
  sampleRate: number;
  bytesPerSample: number;
}

/** Resolves any spelling of a format to its encoding and sample rate (PCM16 at 24 kHz otherwise). */
export function describeAudioFormat(format: RealtimeAudioFormat | undefined | null): AudioFormatInfo {
  const type = typeof format === 'string' ? format : format?.type;
  if (type === 'g711_ulaw' || type === 'audio/pcmu') return { encoding: 'mulaw', sampleRate: 8000, bytesPerSample: 1 };
  if (type === 'g711_alaw' || type === 'audio/pcma') return { encoding: 'alaw', sampleRate: 8000, bytesPerSample: 1 };
  const rate = typeof format === 'object' && format && 'rate' in format && format.rate ? format.rate : 24000;
  return { encoding: 'pcm16', sampleRate: rate, bytesPerSample: 2 };
}

/** Playback duration in milliseconds of `byteLength` bytes of audio in `format`. */
export function audioDurationMs(byteLength: number, format: RealtimeAudioFormat = 'pcm16'): number {
  const { sampleRate, bytesPerSample } = describeAudioFormat(format);
  return (byteLength / bytesPerSample / sampleRate) * 1000;
}

/** Number of bytes that hold `durationMs` of audio in `format` (whole samples). */
export function bytesForDuration(durationMs: number, format: RealtimeAudioFormat = 'pcm16'): number {
  const { sampleRate, bytesPerSample } = describeAudioFormat(format);
  return Math.round((durationMs * sampleRate) / 1000) * bytesPerSample;
}
