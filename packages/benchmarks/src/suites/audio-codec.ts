import { MODEL_RATE, tone, toArrayBuffer } from '../fixtures/pcm';
import { measureEach } from '../harness/measure';
import type { ReportRow } from '../harness/report';
import type { SdkUnderTest } from '../sdk/sdk-under-test';

const SECTION = 'Audio: base64 ⇄ ArrayBuffer (PCM16 24 kHz)';

const CHUNKS = [
  { label: '20 ms', durationMs: 20 },
  { label: '1 s', durationMs: 1000 },
] as const;

function sameBytes(left: ArrayBuffer, right: ArrayBuffer): boolean {
  const a = new Uint8Array(left);
  const b = new Uint8Array(right);
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

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
    for (const sdk of [ours, reference]) {
      if (!sameBytes(sdk.base64ToArrayBuffer(base64), buffer))
        throw new Error(`${sdk.id}: base64 round trip changed the bytes`);
    }
    const [oursEncode, referenceEncode, oursDecode, referenceDecode] = measureEach([
      () => ours.arrayBufferToBase64(buffer),
      () => reference.arrayBufferToBase64(buffer),
      () => ours.base64ToArrayBuffer(base64),
      () => reference.base64ToArrayBuffer(base64),
    ]).map((measurement) => measurement.nsPerOp / 1000);
    rows.push({
      section: SECTION,
      name: `encode ${chunk.label} (${buffer.byteLength} B)`,
      ours: oursEncode!,
      reference: referenceEncode!,
      unit: 'µs',
    });
    rows.push({
      section: SECTION,
      name: `decode ${chunk.label} (${base64.length} chars)`,
      ours: oursDecode!,
      reference: referenceDecode!,
      unit: 'µs',
    });
  }
  return rows;
}
