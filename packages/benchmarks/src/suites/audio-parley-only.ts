import { Resampler, decodeMuLaw, encodeMuLaw, float32ToPcm16, pcm16ToFloat32 } from '@parley/agents-realtime';
import { MODEL_RATE, tone } from '../fixtures/pcm';
import { measure } from '../harness/measure';
import type { ReportRow } from '../harness/report';

const SECTION = 'Audio: Parley only (no public equivalent in the reference)';
const NOTE = 'no equivalent';

function microseconds(operation: () => unknown): number {
  return measure(operation).nsPerOp / 1000;
}

/**
 * Telephony and playback helpers the reference does not export: PCM16 ⇄ Float32 (Web Audio),
 * G.711 μ-law (Twilio media streams) and 24 kHz → 8 kHz resampling.
 */
export function runParleyAudioSuite(): ReportRow[] {
  const second = tone(1000, MODEL_RATE);
  const floats = pcm16ToFloat32(second);
  const telephonyFrame = tone(20, 8000);
  const mulawFrame = encodeMuLaw(telephonyFrame);
  const modelFrame = tone(20, MODEL_RATE);

  // One resampler per benchmark keeps filter state across 20 ms frames, as a live call does.
  const streaming = new Resampler(MODEL_RATE, 8000);
  const frameMicroseconds = microseconds(() => streaming.process(modelFrame));
  const oneShot = new Resampler(MODEL_RATE, 8000);
  const secondMicroseconds = microseconds(() => oneShot.process(second));

  return [
    {
      section: SECTION,
      name: 'PCM16 → Float32, 1 s',
      ours: microseconds(() => pcm16ToFloat32(second)),
      unit: 'µs',
      note: NOTE,
    },
    {
      section: SECTION,
      name: 'Float32 → PCM16, 1 s',
      ours: microseconds(() => float32ToPcm16(floats)),
      unit: 'µs',
      note: NOTE,
    },
    {
      section: SECTION,
      name: 'μ-law encode, 20 ms @ 8 kHz',
      ours: microseconds(() => encodeMuLaw(telephonyFrame)),
      unit: 'µs',
      note: NOTE,
    },
    {
      section: SECTION,
      name: 'μ-law decode, 20 ms @ 8 kHz',
      ours: microseconds(() => decodeMuLaw(mulawFrame)),
      unit: 'µs',
      note: NOTE,
    },
    { section: SECTION, name: 'resample 24k → 8k, 20 ms frame', ours: frameMicroseconds, unit: 'µs', note: NOTE },
    {
      section: SECTION,
      name: 'resample 24k → 8k throughput (20 ms frames)',
      ours: 20_000 / frameMicroseconds,
      unit: '× realtime',
      note: NOTE,
      higherIsBetter: true,
    },
    {
      section: SECTION,
      name: 'resample 24k → 8k throughput (1 s blocks)',
      ours: 1_000_000 / secondMicroseconds,
      unit: '× realtime',
      note: NOTE,
      higherIsBetter: true,
    },
  ];
}
