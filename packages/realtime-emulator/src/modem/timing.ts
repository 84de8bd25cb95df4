/** How long each character's tone pair sounds. */
export const TONE_MS = 58;
/** Silence after each character, so a decoder can find symbol boundaries without a clock. */
export const GUARD_MS = 12;
/** One character every 70 ms: about 14 characters per second, close to speech rate. */
export const SYMBOL_MS = TONE_MS + GUARD_MS;
/** Fade in and out of each tone, so symbols do not click. */
export const RAMP_MS = 3;
/** Peak amplitude of each of the two tones (of 32767): loud enough for any voice activity detector. */
export const TONE_AMPLITUDE = 9000;
/** Analysis frame of the decoder: short enough to see the guard gaps. */
export const FRAME_MS = 4;
/** Frames quieter than this RMS count as silence. */
export const SILENCE_RMS = 1200;
/** Tone runs shorter than this are too short to name their tones (a truncated symbol). */
export const MIN_TONE_MS = 24;
/** Tone runs longer than this are not modem symbols (speech, noise, a test tone). */
export const MAX_TONE_MS = 140;

/** Number of samples in `ms` milliseconds at `sampleRate`. */
export function samplesIn(ms: number, sampleRate: number): number {
  return Math.round((ms * sampleRate) / 1000);
}

/** Duration in milliseconds of the modem audio for `text`. */
export function modemDurationMs(text: string): number {
  return [...text].length * SYMBOL_MS;
}
