import { decodeMulaw } from '../audio/g711';
import { ModemDecoder } from '../modem/decoder';
import { encodeStereoWav, TrackRecorder } from './stereo-wav';

/** One decoded run of modem characters and when (simulated ms) it was completed. */
export interface HeardText {
  text: string;
  atMs: number;
}

/**
 * Both directions of a call, 20 ms at a time: the caller's audio (left) and what actually left
 * Twilio's playback queue (right), plus a running modem decode of the right channel so tests can
 * assert what the caller heard, and when.
 */
export class CallRecording {
  readonly #caller = new TrackRecorder();
  readonly #agent = new TrackRecorder();
  readonly #decoder = new ModemDecoder(8000);
  readonly #heard: HeardText[] = [];

  /** Appends one tick: the caller's frame and the bytes played (padded with silence). */
  append(callerFrame: Uint8Array, played: Uint8Array, frameSamples: number, atMs: number): string {
    this.#caller.append(decodeMulaw(callerFrame));
    const agent = new Int16Array(frameSamples);
    agent.set(decodeMulaw(played));
    this.#agent.append(agent);
    const text = this.#decoder.push(agent);
    if (text) this.#heard.push({ text, atMs });
    return text;
  }

  /** Decodes a symbol cut off by the end of the call. */
  finish(atMs: number): void {
    const text = this.#decoder.flush();
    if (text) this.#heard.push({ text, atMs });
  }

  /** Everything the caller heard, decoded from the modem voice. */
  get heardText(): string {
    return this.#decoder.text;
  }

  /** The heard text in runs, with the simulated time each run was completed. */
  get heard(): readonly HeardText[] {
    return this.#heard;
  }

  /** Caller audio as PCM16 at 8 kHz. */
  callerSamples(): Int16Array {
    return this.#caller.samples();
  }

  /** Played agent audio as PCM16 at 8 kHz. */
  agentSamples(): Int16Array {
    return this.#agent.samples();
  }

  /** The call as a stereo WAV: caller left, agent right, 8 kHz. */
  wav(): Uint8Array {
    return encodeStereoWav(this.callerSamples(), this.agentSamples(), 8000);
  }
}
