import { arrayBufferToBase64 } from '../audio/base64';
import { audioDurationMs, type RealtimeAudioFormat } from '../audio/format';
import { cutTranscript } from './transcript-cut';

type Entry = { ms: number; transcript: string; chunks: ArrayBuffer[] };

/**
 * Per model item: how much audio arrived, the transcript streamed with it, the audio bytes (when
 * history keeps audio), and the transcript cut at truncation, which then wins over the server's
 * later (uncut) copies of the item.
 */
export class ItemAudio {
  #entries = new Map<string, Entry>();
  #cuts = new Map<string, string>();
  #keepBytes: boolean;

  constructor(keepBytes: boolean) {
    this.#keepBytes = keepBytes;
  }

  #entry(itemId: string): Entry {
    let entry = this.#entries.get(itemId);
    if (!entry) this.#entries.set(itemId, (entry = { ms: 0, transcript: '', chunks: [] }));
    return entry;
  }

  onAudio(itemId: string, data: ArrayBuffer, format: RealtimeAudioFormat | undefined): void {
    const entry = this.#entry(itemId);
    entry.ms += audioDurationMs(data.byteLength, format ?? 'pcm16');
    if (this.#keepBytes) entry.chunks.push(data);
  }

  onTranscriptDelta(itemId: string, delta: string): void {
    this.#entry(itemId).transcript += delta;
  }

  /** Milliseconds of audio received for the item. */
  audioMs(itemId: string): number {
    return this.#entries.get(itemId)?.ms ?? 0;
  }

  /** Cuts the item's transcript at `audioEndMs` and remembers the result. */
  cut(itemId: string, audioEndMs: number, knownTranscript: string | null | undefined): string {
    const entry = this.#entries.get(itemId);
    const kept = cutTranscript(entry?.transcript || knownTranscript || '', entry?.ms ?? 0, audioEndMs);
    this.#cuts.set(itemId, kept);
    return kept;
  }

  /** The transcript kept at truncation, if the item was truncated. */
  cutTranscript(itemId: string): string | undefined {
    return this.#cuts.get(itemId);
  }

  /** The item's audio as base64, when bytes are kept and some arrived. */
  audioBase64(itemId: string): string | undefined {
    const chunks = this.#entries.get(itemId)?.chunks ?? [];
    if (chunks.length === 0) return undefined;
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(new Uint8Array(chunk), offset);
      offset += chunk.byteLength;
    }
    return arrayBufferToBase64(bytes);
  }

  delete(itemId: string): void {
    this.#entries.delete(itemId);
    this.#cuts.delete(itemId);
  }
}
