import {
  MediaStreamTrack,
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RtpHeader,
  RtpPacket,
  type RTCDataChannel,
} from 'werift';
import { AudioPacer } from './audio-pacer';
import { localStunServer } from './local-stun';
import { OPUS_FRAME_SAMPLES, OpusCodec } from './opus-codec';
import { downsample48To24 } from './pcm-resample';

/** The data channel the Realtime API uses for its JSON events. */
export const EVENTS_CHANNEL_LABEL = 'oai-events';

/** Options for {@link RealtimePeer.answer}. */
export interface RealtimePeerOptions {
  /**
   * Host addresses offered as ICE candidates besides the machine's interfaces. Loopback is
   * excluded by werift unless listed here, which matters in a loopback-only network namespace.
   * @default ['127.0.0.1']
   */
  iceAdditionalHostAddresses?: string[];
  /** STUN/TURN servers for the emulator's side. @default a STUN server on loopback (see `localStunServer`) */
  iceServers?: { urls: string; username?: string; credential?: string }[];
}

/** What a {@link RealtimePeer} reports to the session engine. */
export interface RealtimePeerHandlers {
  /** A text message arrived on `oai-events`. */
  message?: (text: string) => void;
  /** The `oai-events` channel opened: events can flow both ways. */
  open?: () => void;
  /** Microphone audio, PCM16 mono at 24 kHz, one Opus packet at a time. */
  audio?: (pcm24k: Int16Array) => void;
  /** Output audio for `key` started playing on the wire. */
  outputStarted?: (key: string) => void;
  /** Output audio for `key` was fully sent. */
  outputStopped?: (key: string) => void;
  /** The peer connection ended (closed, failed, or the browser went away). */
  close?: () => void;
}

/**
 * The emulator's end of one WebRTC call: a werift peer connection answering the browser's offer,
 * with one Opus track each way and the `oai-events` data channel.
 */
export class RealtimePeer {
  readonly answerSdp: string;
  readonly #connection: RTCPeerConnection;
  readonly #codec: OpusCodec;
  readonly #pacer: AudioPacer<string>;
  readonly #handlers: RealtimePeerHandlers;
  #channel: RTCDataChannel | undefined;
  #closed = false;
  #voicedInputMs = 0;

  private constructor(
    connection: RTCPeerConnection,
    answerSdp: string,
    codec: OpusCodec,
    pacer: AudioPacer<string>,
    handlers: RealtimePeerHandlers,
  ) {
    this.#connection = connection;
    this.answerSdp = answerSdp;
    this.#codec = codec;
    this.#pacer = pacer;
    this.#handlers = handlers;
  }

  /** Accepts an SDP offer and returns a connected-to-be peer whose `answerSdp` goes back to the caller. */
  static async answer(
    offerSdp: string,
    handlers: RealtimePeerHandlers,
    options: RealtimePeerOptions = {},
  ): Promise<RealtimePeer> {
    const connection = new RTCPeerConnection({
      codecs: {
        audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48_000, channels: 2 })],
        video: [],
      },
      iceAdditionalHostAddresses: options.iceAdditionalHostAddresses ?? ['127.0.0.1'],
      iceUseIpv6: false,
      // werift always gathers a server-reflexive candidate and waits up to 5 s for it; a STUN
      // server on loopback answers at once (see local-stun.ts).
      iceServers: options.iceServers ?? [{ urls: `stun:127.0.0.1:${(await localStunServer()).port}` }],
    });
    const codec = new OpusCodec();
    const outbound = new MediaStreamTrack({ kind: 'audio' });
    const sequence = { number: Math.floor(Math.random() * 0xffff), timestamp: 0 };
    const pacer = new AudioPacer<string>({
      frame: (pcm48k) => {
        const header = new RtpHeader({
          payloadType: 111,
          sequenceNumber: sequence.number,
          timestamp: sequence.timestamp,
          marker: false,
        });
        sequence.number = (sequence.number + 1) & 0xffff;
        sequence.timestamp = (sequence.timestamp + OPUS_FRAME_SAMPLES) >>> 0;
        outbound.writeRtp(new RtpPacket(header, codec.encode(pcm48k)));
      },
      started: (key) => handlers.outputStarted?.(key),
      stopped: (key) => handlers.outputStopped?.(key),
    });
    let peer: RealtimePeer | undefined;
    // werift announces the remote track during setRemoteDescription, so listen first.
    connection.onTrack.subscribe((track) => {
      if (track.kind !== 'audio') return;
      track.onReceiveRtp.subscribe((packet) => {
        if (!peer || peer.#closed || packet.payload.length === 0) return;
        let pcm: Int16Array;
        try {
          pcm = codec.decode(packet.payload);
        } catch {
          // A corrupt packet is lost audio, the same as a dropped one; the call goes on.
          return;
        }
        const pcm24k = downsample48To24(pcm);
        if (peer && isVoiced(pcm24k)) peer.#voicedInputMs += (pcm24k.length / 24_000) * 1000;
        handlers.audio?.(pcm24k);
      });
    });
    try {
      await connection.setRemoteDescription({ type: 'offer', sdp: offerSdp });
      const transceiver = connection.getTransceivers().find((candidate) => candidate.kind === 'audio');
      if (!transceiver) throw new SdpOfferError('The SDP offer has no audio section');
      transceiver.setDirection('sendrecv');
      await transceiver.sender.replaceTrack(outbound);
      const answer = await connection.createAnswer();
      await connection.setLocalDescription(answer);
      await waitForGathering(connection);
      const sdp = connection.localDescription?.sdp;
      if (!sdp) throw new SdpOfferError('No SDP answer could be produced');
      peer = new RealtimePeer(connection, sdp, codec, pacer, handlers);
    } catch (error) {
      pacer.close();
      codec.delete();
      await connection.close();
      throw error instanceof SdpOfferError ? error : new SdpOfferError('The SDP offer was rejected', { cause: error });
    }
    peer.#wire();
    return peer;
  }

  /**
   * Milliseconds of microphone audio louder than near-silence received so far. A muted browser
   * track still sends packets (of silence), so this is what tells audio from no audio.
   */
  get voicedInputMs(): number {
    return this.#voicedInputMs;
  }

  /** Whether the `oai-events` channel is open. */
  get isOpen(): boolean {
    return this.#channel?.readyState === 'open';
  }

  /** Sends one event as JSON on `oai-events`. Dropped when the channel is not open. */
  send(event: object): void {
    if (this.#channel?.readyState !== 'open') return;
    this.#channel.send(JSON.stringify(event));
  }

  /** Queues model audio (PCM16 mono 24 kHz) for `key`, played out in real time. */
  writeAudio(key: string, pcm24k: Int16Array): void {
    this.#pacer.enqueue(key, pcm24k);
  }

  /** No more audio will come for `key`; `outputStopped` follows its last frame. */
  endAudio(key: string): void {
    this.#pacer.end(key);
  }

  /** Drops queued output audio. Returns the key that was cut and how many ms of it were sent. */
  clearAudio(): { key: string; playedMs: number } | undefined {
    const key = this.#pacer.clear();
    return key === undefined ? undefined : { key, playedMs: this.#pacer.playedMs(key) };
  }

  /** Milliseconds of `key` sent so far. */
  playedMs(key: string): number {
    return this.#pacer.playedMs(key);
  }

  /** Ends the call. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#pacer.close();
    // Closing the channel first resets its SCTP stream, which the browser sees at once; a bare
    // connection close is only noticed when ICE consent checks time out, seconds later.
    if (this.#channel?.readyState === 'open') {
      this.#channel.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.#connection.close();
    this.#codec.delete();
    this.#handlers.close?.();
  }

  #wire(): void {
    this.#connection.onDataChannel.subscribe((channel) => {
      if (channel.label !== EVENTS_CHANNEL_LABEL) return;
      this.#channel = channel;
      channel.onMessage.subscribe((data) => {
        this.#handlers.message?.(typeof data === 'string' ? data : data.toString('utf8'));
      });
      const opened = (): void => this.#handlers.open?.();
      if (channel.readyState === 'open') opened();
      else channel.stateChanged.subscribe((state) => state === 'open' && opened());
    });
    this.#connection.connectionStateChange.subscribe((state) => {
      if (state === 'failed' || state === 'closed') void this.close();
    });
  }
}

/** The offer could not be accepted (malformed SDP, no audio, negotiation failure). */
export class SdpOfferError extends Error {
  override readonly name = 'SdpOfferError';
}

/** RMS above this (of 32767) counts as sound rather than silence or comfort noise. */
const VOICED_RMS = 300;

function isVoiced(pcm: Int16Array): boolean {
  let sum = 0;
  for (const sample of pcm) sum += sample * sample;
  return pcm.length > 0 && Math.sqrt(sum / pcm.length) > VOICED_RMS;
}

async function waitForGathering(connection: RTCPeerConnection): Promise<void> {
  if (connection.iceGatheringState === 'complete') return;
  await new Promise<void>((resolve) => {
    const { unSubscribe } = connection.iceGatheringStateChange.subscribe((state) => {
      if (state !== 'complete') return;
      unSubscribe();
      resolve();
    });
  });
}
