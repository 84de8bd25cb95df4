import { MODEL_RATE, tone, toArrayBuffer } from '../fixtures/pcm';
import { measure } from '../harness/measure';
import type { ReportRow } from '../harness/report';
import type { SdkUnderTest } from '../sdk/sdk-under-test';

const SECTION = 'Audio: base64 ⇄ ArrayBuffer (PCM16 24 kHz)';

const CHUNKS = [
  { label: '20 ms', durationMs: 20 },
  { label: '1 s', durationMs: 1000 },
] as const;

/**
 * The transport's hot path both ways: every audio delta arrives as base64 and every microphone
 * chunk leaves as base64. Both SDKs encode and decode the same bytes.
 */
export function runAudioCodecSuite(ours: SdkUnderTest, reference: SdkUnderTest): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const chunk of CHUNKS) {
    const buffer = toArrayBuffer(tone(chunk.durationMs, MODEL_RATE));
    const base64 = ours.arrayBufferToBase64(buffer);
    if (reference.arrayBufferToBase64(buffer) !== base64) throw new Error('the two SDKs disagree on base64');
    const microseconds = (sdk: SdkUnderTest, direction: 'encode' | 'decode') =>
      measure(direction === 'encode' ? () => sdk.arrayBufferToBase64(buffer) : () => sdk.base64ToArrayBuffer(base64))
        .nsPerOp / 1000;
    rows.push({
      section: SECTION,
      name: `encode ${chunk.label} (${buffer.byteLength} B)`,
      ours: microseconds(ours, 'encode'),
      reference: microseconds(reference, 'encode'),
      unit: 'µs',
    });
    rows.push({
      section: SECTION,
      name: `decode ${chunk.label} (${base64.length} chars)`,
      ours: microseconds(ours, 'decode'),
      reference: microseconds(reference, 'decode'),
      unit: 'µs',
    });
  }
  return rows;
}
