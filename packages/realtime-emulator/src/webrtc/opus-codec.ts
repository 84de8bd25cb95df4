import OpusScript from 'opusscript';

/** Opus on WebRTC always runs at 48 kHz; one 20 ms frame is 960 samples per channel. */
export const OPUS_SAMPLE_RATE = 48_000;
export const OPUS_FRAME_SAMPLES = 960;

/** Mono Opus encoder and decoder at 48 kHz, backed by opusscript (wasm, no native build). */
export class OpusCodec {
  readonly #encoder: OpusScript;
  readonly #decoder: OpusScript;

  constructor() {
    this.#encoder = new OpusScript(OPUS_SAMPLE_RATE, 1, OpusScript.Application.VOIP);
    this.#decoder = new OpusScript(OPUS_SAMPLE_RATE, 1, OpusScript.Application.VOIP);
  }

  /** Encodes exactly one 20 ms frame (960 mono PCM16 samples at 48 kHz). */
  encode(frame: Int16Array): Buffer {
    if (frame.length !== OPUS_FRAME_SAMPLES) {
      throw new RangeError(`An Opus frame must hold ${OPUS_FRAME_SAMPLES} samples, got ${frame.length}`);
    }
    return this.#encoder.encode(Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength), OPUS_FRAME_SAMPLES);
  }

  /** Decodes one Opus packet to mono PCM16 at 48 kHz. Stereo packets are downmixed by the decoder. */
  decode(packet: Uint8Array): Int16Array {
    const pcm = this.#decoder.decode(Buffer.from(packet.buffer, packet.byteOffset, packet.byteLength));
    const copy = new Int16Array(pcm.byteLength / 2);
    new Uint8Array(copy.buffer).set(pcm);
    return copy;
  }

  /** Frees the wasm memory held by both halves. */
  delete(): void {
    this.#encoder.delete();
    this.#decoder.delete();
  }
}
