import { invalidValue } from './errors';

/** The three wire audio formats, by their beta names. */
export type AudioFormatName = 'pcm16' | 'g711_ulaw' | 'g711_alaw';

/** Sample rate of a wire format. */
export function sampleRateOf(format: AudioFormatName): number {
  return format === 'pcm16' ? 24000 : 8000;
}

/** Bytes per millisecond of a wire format: 48 for PCM16 at 24 kHz, 8 for G.711. */
export function bytesPerMs(format: AudioFormatName): number {
  return format === 'pcm16' ? 48 : 8;
}

/** Bytes per sample of a wire format. */
export function bytesPerSample(format: AudioFormatName): number {
  return format === 'pcm16' ? 2 : 1;
}

/** The GA format object for a format. */
export function gaFormat(format: AudioFormatName): { type: string; rate?: number } {
  if (format === 'pcm16') return { type: 'audio/pcm', rate: 24000 };
  return { type: format === 'g711_ulaw' ? 'audio/pcmu' : 'audio/pcma' };
}

/** Reads a GA format object (`{type:'audio/pcm', rate:24000}` …). */
export function parseGaFormat(value: unknown, param: string): AudioFormatName {
  const format = value as { type?: unknown; rate?: unknown } | null;
  switch (format?.type) {
    case 'audio/pcm':
      if (format.rate !== undefined && format.rate !== 24000)
        throw invalidValue(`${param}.rate`, format.rate, ['24000']);
      return 'pcm16';
    case 'audio/pcmu':
      return 'g711_ulaw';
    case 'audio/pcma':
      return 'g711_alaw';
    default:
      throw invalidValue(`${param}.type`, format?.type, ['audio/pcm', 'audio/pcmu', 'audio/pcma']);
  }
}

/** Reads a beta format name (`pcm16`, `g711_ulaw`, `g711_alaw`). */
export function parseBetaFormat(value: unknown, param: string): AudioFormatName {
  if (value === 'pcm16' || value === 'g711_ulaw' || value === 'g711_alaw') return value;
  throw invalidValue(param, value, ['pcm16', 'g711_ulaw', 'g711_alaw']);
}
