import {
  Resampler,
  decodeALaw,
  decodeMuLaw,
  describeAudioFormat,
  encodeALaw,
  encodeMuLaw,
  int16ToArrayBuffer,
  toInt16Array,
  type RealtimeAudioFormat,
} from '@parley/agents-realtime';

const TWILIO_RATE = 8000;

/** A stable key for a format, so a converter is rebuilt only when the format really changes. */
function formatKey(format: RealtimeAudioFormat | undefined): string {
  const { encoding, sampleRate } = describeAudioFormat(format);
  return `${encoding}/${sampleRate}`;
}

/**
 * Converts caller audio (μ-law 8 kHz from Twilio) into the model's input format. μ-law passes
 * through untouched; A-law is re-encoded; PCM16 is decoded and resampled with filter state kept
 * across 20 ms frames.
 */
export class CallerAudioConverter {
  #key = '';
  #resampler: Resampler | undefined;

  convert(mulaw: Uint8Array, format: RealtimeAudioFormat | undefined): ArrayBuffer {
    const { encoding, sampleRate } = describeAudioFormat(format);
    if (encoding === 'mulaw') return copy(mulaw);
    if (encoding === 'alaw') return copy(encodeALaw(decodeMuLaw(mulaw)));
    const key = formatKey(format);
    if (key !== this.#key || !this.#resampler) {
      this.#key = key;
      this.#resampler = sampleRate === TWILIO_RATE ? undefined : new Resampler(TWILIO_RATE, sampleRate);
    }
    const pcm = decodeMuLaw(mulaw);
    return int16ToArrayBuffer(this.#resampler ? this.#resampler.process(pcm) : pcm);
  }
}

/**
 * Converts model audio into μ-law 8 kHz for Twilio. Reset it on barge-in so the filter tail of
 * interrupted audio does not leak into the next response.
 */
export class ModelAudioConverter {
  #key = '';
  #resampler: Resampler | undefined;

  convert(data: ArrayBuffer, format: RealtimeAudioFormat | undefined): Uint8Array {
    const { encoding, sampleRate } = describeAudioFormat(format);
    const bytes = new Uint8Array(data);
    if (encoding === 'mulaw') return bytes;
    if (encoding === 'alaw') return encodeMuLaw(decodeALaw(bytes));
    const key = formatKey(format);
    if (key !== this.#key || !this.#resampler) {
      this.#key = key;
      this.#resampler = sampleRate === TWILIO_RATE ? undefined : new Resampler(sampleRate, TWILIO_RATE);
    }
    const pcm = toInt16Array(data);
    return encodeMuLaw(this.#resampler ? this.#resampler.process(pcm) : pcm);
  }

  reset(): void {
    this.#resampler?.reset();
  }
}

function copy(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
