// Browser-safe entry: no Node built-ins may be imported from here.

// Audio utilities
export { utils } from './audio/utils';
export { arrayBufferToBase64, base64ToArrayBuffer } from './audio/base64';
export { toInt16Array, int16ToArrayBuffer, pcm16ToFloat32, float32ToPcm16 } from './audio/pcm';
export { encodeMuLaw, decodeMuLaw } from './audio/mulaw';
export { encodeALaw, decodeALaw } from './audio/alaw';
export { Resampler, resamplePcm16, type SampleRate } from './audio/resampler';
export { chunkByDuration } from './audio/chunk';
export { rmsLevel, peakLevel, levelToDb } from './audio/level';
export {
  describeAudioFormat,
  audioDurationMs,
  bytesForDuration,
  type AudioFormatInfo,
  type RealtimeAudioFormat,
  type RealtimeAudioFormatName,
  type RealtimeAudioFormatObject,
} from './audio/format';
export { readWav, writeWav, type WavAudio } from './audio/wav';
