import { bytesFromSamples, samplesFromBytes } from '../audio/pcm';
import { resample } from '../audio/resample';
import { EnergyVad } from '../audio/vad';
import { bytesPerSample, sampleRateOf } from '../protocol/audio-format';
import { ProtocolError, invalidValue } from '../protocol/errors';
import { createId } from '../protocol/ids';
import type { RealtimeSession } from './realtime-session';
import { detectorSettings } from './turn-detection';

/** Largest audio accepted in one `input_audio_buffer.append`. */
export const MAX_APPEND_BYTES = 15 * 1024 * 1024;
/** Shortest buffer a manual commit accepts. */
export const MIN_COMMIT_MS = 100;

/**
 * The input audio buffer and its voice activity detector. Audio is kept as PCM16 at the input
 * format's own rate; `sessionMs` counts all audio appended in the session (the time base of
 * `audio_start_ms` / `audio_end_ms`).
 */
export class InputAudio {
  readonly #session: RealtimeSession;
  #buffer: Int16Array[] = [];
  #bufferSamples = 0;
  /** Session time (ms) of the first sample in the buffer. */
  #bufferStartMs = 0;
  #vad: EnergyVad | undefined;
  #vadKey = '';
  /** Item id announced by `speech_started`, committed at `speech_stopped`. */
  #pendingItemId: string | undefined;
  #rate = 24000;
  /** Session time (ms) at which the current detector started listening. */
  #vadOffsetMs = 0;
  #prefixPaddingMs = 300;

  constructor(session: RealtimeSession) {
    this.#session = session;
  }

  /** Milliseconds in the buffer now. */
  get bufferedMs(): number {
    return (this.#bufferSamples * 1000) / this.#rate;
  }

  /** `input_audio_buffer.append` from the wire. */
  appendBase64(audio: unknown): void {
    if (typeof audio !== 'string') throw invalidValue('audio', audio);
    const bytes = Buffer.from(audio, 'base64');
    if (bytes.length > MAX_APPEND_BYTES) {
      throw new ProtocolError('Audio chunk exceeds the 15 MiB limit of one append.', {
        code: 'invalid_value',
        param: 'audio',
      });
    }
    const format = this.#session.config.inputFormat;
    if (bytes.length % bytesPerSample(format) !== 0) {
      throw new ProtocolError(`Audio must be whole ${format} samples; got ${bytes.length} bytes.`, {
        code: 'invalid_value',
        param: 'audio',
      });
    }
    this.appendSamples(samplesFromBytes(new Uint8Array(bytes), format));
  }

  /** Audio from a media track (WebRTC, SIP) at any rate; converted to the input format's rate. */
  appendMedia(samples: Int16Array, sampleRate: number): void {
    this.appendSamples(resample(samples, sampleRate, sampleRateOf(this.#session.config.inputFormat)));
  }

  /** Appends PCM at the input format's rate and runs the detector over it. */
  appendSamples(samples: Int16Array): void {
    const rate = sampleRateOf(this.#session.config.inputFormat);
    if (rate !== this.#rate) {
      this.#rate = rate;
      this.#vad = undefined;
    }
    const vad = this.#detector();
    if (!vad) {
      this.#push(samples);
      return;
    }
    let consumed = 0;
    for (const event of vad.push(samples)) {
      this.#push(samples.subarray(consumed, event.sampleIndex));
      consumed = event.sampleIndex;
      if (event.type === 'speech_started') this.#speechStarted(event.ms);
      else this.#speechStopped(event.ms);
    }
    this.#push(samples.subarray(consumed));
    // Between turns only the prefix padding can ever join an item: keep a little more than that,
    // so hours of silence do not pile up.
    if (!vad.speaking) {
      this.#dropBefore(this.#bufferStartMs + this.bufferedMs - this.#prefixPaddingMs - 2000);
    }
  }

  #push(samples: Int16Array): void {
    if (samples.length === 0) return;
    this.#buffer.push(samples.slice());
    this.#bufferSamples += samples.length;
  }

  #detector(): EnergyVad | undefined {
    const turn = this.#session.config.turnDetection;
    if (!turn) {
      this.#vad = undefined;
      return undefined;
    }
    const settings = detectorSettings(turn);
    this.#prefixPaddingMs = settings.prefixPaddingMs;
    const key = JSON.stringify(settings);
    if (!this.#vad) {
      this.#vad = new EnergyVad(settings, this.#rate);
      // The detector's clock starts at the current end of all appended audio.
      this.#vadOffsetMs = this.#bufferStartMs + this.bufferedMs;
    } else if (key !== this.#vadKey) this.#vad.configure(settings);
    this.#vadKey = key;
    return this.#vad;
  }

  #speechStarted(vadMs: number): void {
    const startMs = Math.max(this.#bufferStartMs, this.#vadOffsetMs + vadMs);
    // Drop audio from before the speech (and its padding): it will never be part of an item.
    this.#dropBefore(startMs);
    this.#pendingItemId = createId('item');
    this.#session.emit('input_audio_buffer.speech_started', {
      audio_start_ms: Math.round(startMs),
      item_id: this.#pendingItemId,
    });
    this.#session.speechStarted();
  }

  #speechStopped(vadMs: number): void {
    const itemId = this.#pendingItemId ?? createId('item');
    this.#pendingItemId = undefined;
    this.#session.emit('input_audio_buffer.speech_stopped', {
      audio_end_ms: Math.round(this.#vadOffsetMs + vadMs),
      item_id: itemId,
    });
    const audio = this.#takeAll();
    this.#session.commitUserAudio(itemId, audio, true);
  }

  #dropBefore(ms: number): void {
    const drop = Math.floor(((ms - this.#bufferStartMs) * this.#rate) / 1000);
    if (drop <= 0) return;
    const all = this.#joined();
    this.#buffer = [all.slice(drop)];
    this.#bufferSamples = all.length - drop;
    this.#bufferStartMs += (drop * 1000) / this.#rate;
  }

  #joined(): Int16Array {
    const all = new Int16Array(this.#bufferSamples);
    let offset = 0;
    for (const chunk of this.#buffer) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return all;
  }

  #takeAll(): Int16Array {
    const all = this.#joined();
    this.#bufferStartMs += this.bufferedMs;
    this.#buffer = [];
    this.#bufferSamples = 0;
    return all;
  }

  /** Idle timeout: commits whatever is buffered (usually silence) as a user item. */
  timeout(): { itemId: string; startMs: number; endMs: number; samples: Int16Array } {
    const startMs = this.#bufferStartMs;
    const endMs = startMs + this.bufferedMs;
    const itemId = createId('item');
    return { itemId, startMs: Math.round(startMs), endMs: Math.round(endMs), samples: this.#takeAll() };
  }

  /** `input_audio_buffer.commit`: at least 100 ms, then the user item. */
  commit(): void {
    if (this.bufferedMs < MIN_COMMIT_MS) {
      throw new ProtocolError(
        `Error committing input audio buffer: buffer too small. Expected at least ${MIN_COMMIT_MS}ms of audio, but buffer only has ${this.bufferedMs.toFixed(2)}ms of audio.`,
        { code: 'input_audio_buffer_commit_empty' },
      );
    }
    const itemId = this.#pendingItemId ?? createId('item');
    this.#pendingItemId = undefined;
    this.#session.commitUserAudio(itemId, this.#takeAll(), false);
  }

  /** `input_audio_buffer.clear`. */
  clear(): void {
    this.#takeAll();
    this.#pendingItemId = undefined;
    this.#vad = undefined;
    this.#session.emit('input_audio_buffer.cleared', {});
  }

  /** Wire bytes of PCM at the input format's rate. */
  bytes(samples: Int16Array): Uint8Array {
    return bytesFromSamples(samples, this.#session.config.inputFormat);
  }
}
