import { decodeALaw, encodeALaw } from './alaw';
import { arrayBufferToBase64, base64ToArrayBuffer } from './base64';
import { chunkByDuration } from './chunk';
import { audioDurationMs, bytesForDuration, describeAudioFormat } from './format';
import { levelToDb, peakLevel, rmsLevel } from './level';
import { decodeMuLaw, encodeMuLaw } from './mulaw';
import { float32ToPcm16, int16ToArrayBuffer, pcm16ToFloat32, toInt16Array } from './pcm';
import { Resampler, resamplePcm16 } from './resampler';
import { readWav, writeWav } from './wav';

/**
 * All audio helpers on one object, for `import { utils } from '@parley/agents-realtime'`.
 * Every function is also exported by name.
 */
export const utils = {
  arrayBufferToBase64,
  base64ToArrayBuffer,
  toInt16Array,
  int16ToArrayBuffer,
  pcm16ToFloat32,
  float32ToPcm16,
  encodeMuLaw,
  decodeMuLaw,
  encodeALaw,
  decodeALaw,
  resamplePcm16,
  Resampler,
  chunkByDuration,
  rmsLevel,
  peakLevel,
  levelToDb,
  describeAudioFormat,
  audioDurationMs,
  bytesForDuration,
  readWav,
  writeWav,
} as const;
