import { resample } from '../audio/resample';
import { createId } from '../protocol/ids';
import type { RealtimeSession, RealtimeSessionOptions } from '../session/realtime-session';
import { RealtimePeer, type RealtimePeerOptions } from './realtime-peer';

/** Engine rate of the PCM handed to and taken from the peer. */
const ENGINE_RATE = 24_000;
/** The pacer plays one stream; the engine itself reports `output_audio_buffer.*` per response. */
const OUTPUT_KEY = 'output';

/** The session options a WebRTC call decides; the caller supplies the rest (dialect, config, brain). */
export type WebRTCSessionWiring = Required<
  Pick<RealtimeSessionOptions, 'send' | 'transport' | 'pacing' | 'onOutputAudio' | 'onOutputAudioCleared' | 'onClose'>
>;

/** A started session and how to end it (an `EmulatorConnection` fits). */
export interface AttachedSession {
  readonly session: RealtimeSession;
  close(): void;
}

/** Options of {@link WebRTCCall.accept}. */
export interface WebRTCCallOptions {
  /** The browser's SDP offer. */
  offerSdp: string;
  /** Creates and starts the engine session for this call, given the wiring the call provides. */
  attachSession: (wiring: WebRTCSessionWiring) => AttachedSession;
  /** Peer connection options (ICE host addresses). */
  peer?: RealtimePeerOptions;
  /** Called once when the call ends, whoever ended it. */
  onEnd?: (call: WebRTCCall) => void;
}

/**
 * One WebRTC call into the emulator: a {@link RealtimePeer} bound to a session engine. Events go
 * both ways on `oai-events`; microphone audio feeds the engine's VAD and transcription; the
 * engine's audio is paced onto the Opus track in real time, so an `output_audio_buffer.clear`
 * cuts the response where the listener actually is.
 */
export class WebRTCCall {
  /** The call id, as in `Location: /v1/realtime/calls/rtc_...`. */
  readonly id = createId('rtc');
  readonly answerSdp: string;
  readonly #peer: RealtimePeer;
  readonly #attached: AttachedSession;
  readonly #onEnd: ((call: WebRTCCall) => void) | undefined;
  #ended = false;

  private constructor(peer: RealtimePeer, attached: AttachedSession, onEnd: WebRTCCallOptions['onEnd']) {
    this.#peer = peer;
    this.#attached = attached;
    this.answerSdp = peer.answerSdp;
    this.#onEnd = onEnd;
  }

  /** Answers the offer and attaches a session; its first events wait for the data channel to open. */
  static async accept(options: WebRTCCallOptions): Promise<WebRTCCall> {
    // Filled in below; the peer's callbacks only fire once both exist.
    const live: { call?: WebRTCCall; session?: RealtimeSession } = {};
    // The session starts (and sends `session.created`) before the browser has even seen the
    // answer, so events queue until the channel opens.
    const early: Record<string, unknown>[] = [];
    const peer = await RealtimePeer.answer(
      options.offerSdp,
      {
        open: () => {
          for (const event of early.splice(0)) peer.send(event);
        },
        message: (text) => live.session?.receive(text),
        audio: (pcm) => live.session?.appendInputAudio(pcm, ENGINE_RATE),
        close: () => void live.call?.close(),
      },
      options.peer,
    );
    let attached: AttachedSession;
    try {
      attached = options.attachSession({
        transport: 'webrtc',
        // The wire plays in real time; generating at the same pace keeps the server's idea of what
        // was heard (and what a clear cuts) within one audio chunk of the truth.
        pacing: 'realtime',
        send: (event) => (peer.isOpen ? peer.send(event) : early.push(event)),
        onOutputAudio: (samples, rate) => peer.writeAudio(OUTPUT_KEY, resample(samples, rate, ENGINE_RATE)),
        onOutputAudioCleared: () => void peer.clearAudio(),
        onClose: () => void live.call?.close(),
      });
    } catch (error) {
      await peer.close();
      throw error;
    }
    live.session = attached.session;
    live.call = new WebRTCCall(peer, attached, options.onEnd);
    return live.call;
  }

  /** The engine session behind the call. */
  get session(): RealtimeSession {
    return this.#attached.session;
  }

  /** Whether the call has ended. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Milliseconds of model audio sent on the track so far (what the listener heard). */
  get playedMs(): number {
    return this.#peer.playedMs(OUTPUT_KEY);
  }

  /** Milliseconds of non-silent microphone audio received (stays put while the browser is muted). */
  get voicedInputMs(): number {
    return this.#peer.voicedInputMs;
  }

  /** Hangs up: closes the session and the peer connection. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    this.#attached.close();
    await this.#peer.close();
    this.#onEnd?.(this);
  }
}
