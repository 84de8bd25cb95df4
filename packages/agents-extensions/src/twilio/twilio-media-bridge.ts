import { TypedEventEmitter } from '@parley/agents-realtime';
import { AudioFramer, MULAW_SILENCE, TWILIO_FRAME_BYTES } from './audio-framer';
import { logger } from './logger';
import {
  createClearMessage,
  createMarkMessage,
  createMediaMessage,
  type TwilioConnectedMessage,
  type TwilioDtmfMessage,
  type TwilioMarkMessage,
  type TwilioMediaMessage,
  type TwilioMessage,
  type TwilioOutgoingMessage,
  type TwilioStartMessage,
  type TwilioStopMessage,
} from './messages';
import { parseTwilioMessage } from './parse-message';
import { MarkPlaybackTracker, type PlaybackProgress, type PlaybackTruncation } from './mark-playback-tracker';
import type { TwilioMessageError } from './twilio-message-error';
import { OPEN, toWebSocket, type TwilioWebSocketInput, type WebSocketLike } from './twilio-socket';

/** μ-law 8 kHz: 8 bytes per millisecond. */
const BYTES_PER_MS = 8;
/** Longest gap in caller audio filled with silence; longer jumps are treated as a reset. */
const MAX_GAP_MS = 10_000;

/** Events of a {@link TwilioMediaBridge}. */
export type TwilioMediaBridgeEvents = {
  /** Every valid message from Twilio, as received. */
  message: [message: TwilioMessage];
  connected: [message: TwilioConnectedMessage];
  start: [message: TwilioStartMessage];
  /** Caller audio (μ-law 8 kHz), with silence inserted for frames Twilio skipped. */
  media: [audio: Uint8Array, message: TwilioMediaMessage];
  dtmf: [digit: string, message: TwilioDtmfMessage];
  /** A mark echo; `progress` is undefined for echoes of cleared or foreign marks. */
  mark: [progress: PlaybackProgress | undefined, message: TwilioMarkMessage];
  stop: [message: TwilioStopMessage];
  /** A frame that is not a valid Twilio message; the stream goes on. */
  error: [error: TwilioMessageError];
  /** The socket closed (after `stop`, or on network loss). */
  close: [code: number];
};

/**
 * Twilio's side of the bridge: parses the media socket, re-frames agent audio into 20 ms frames
 * with a mark after each, holds everything back until `start` supplies the `streamSid`, and
 * tracks what the caller has heard from the mark echoes.
 */
export class TwilioMediaBridge extends TypedEventEmitter<TwilioMediaBridgeEvents> {
  readonly tracker = new MarkPlaybackTracker();
  readonly #socket: WebSocketLike;
  readonly #framer = new AudioFramer();
  #streamSid: string | undefined;
  #start: TwilioStartMessage | undefined;
  #beforeStart: ((streamSid: string) => TwilioOutgoingMessage)[] = [];
  #nextTimestampMs: number | undefined;
  #closed = false;

  constructor(twilioWebSocket: TwilioWebSocketInput) {
    super();
    this.#socket = toWebSocket(twilioWebSocket);
    this.#socket.on('message', (data) => this.#onFrame(data));
    this.#socket.on('close', (code) => this.#onClose(code ?? 1005));
    this.#socket.on('error', (error) => logger('Twilio socket error: %s', error.message));
  }

  /** The stream id, once `start` arrived. */
  get streamSid(): string | undefined {
    return this.#streamSid;
  }

  /** The `start` message (call id, custom parameters), once it arrived. */
  get startMessage(): TwilioStartMessage | undefined {
    return this.#start;
  }

  /** True once the socket closed. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Sends model audio (μ-law 8 kHz) of `itemId` in whole 20 ms frames, each followed by a mark. */
  sendAudio(itemId: string, audio: Uint8Array): void {
    for (const frame of this.#framer.push(audio)) this.#sendFrame(itemId, frame);
  }

  /** The model finished `itemId`'s audio: flush the padded remainder and send the item's final mark. */
  finishItem(itemId: string): void {
    const tail = this.#framer.flush();
    if (tail) this.#sendFrame(itemId, tail);
    const name = this.tracker.recordDone(itemId);
    this.#send((streamSid) => createMarkMessage(streamSid, name));
  }

  /**
   * Barge-in: `clear` Twilio's buffer, forget unsent audio and return where each unfinished item
   * must be truncated (the heard position from the marks).
   */
  interrupt(): PlaybackTruncation[] {
    this.#framer.reset();
    this.#beforeStart = [];
    // Without a streamSid Twilio would ignore the clear (31951); nothing was played anyway.
    if (this.#streamSid) this.#sendNow(createClearMessage(this.#streamSid));
    return this.tracker.interrupt();
  }

  /** Closes the media socket; Twilio then runs the TwiML after `<Connect>` (or ends the call). */
  close(code = 1000): void {
    if (this.#closed) return;
    try {
      this.#socket.close(code);
    } catch (error) {
      logger('closing the Twilio socket failed: %o', error);
    }
  }

  #sendFrame(itemId: string, frame: Uint8Array): void {
    const payload = base64(frame);
    const name = this.tracker.recordSent(itemId, frame.length / BYTES_PER_MS);
    this.#send((streamSid) => createMediaMessage(streamSid, payload));
    this.#send((streamSid) => createMarkMessage(streamSid, name));
  }

  #send(build: (streamSid: string) => TwilioOutgoingMessage): void {
    if (this.#streamSid) this.#sendNow(build(this.#streamSid));
    else this.#beforeStart.push(build);
  }

  #sendNow(message: TwilioOutgoingMessage): void {
    if (this.#socket.readyState !== OPEN) return;
    this.#socket.send(JSON.stringify(message));
  }

  #onFrame(data: unknown): void {
    const result = parseTwilioMessage(data);
    if (!result.success) {
      logger('invalid Twilio message: %s', result.error.message);
      this.emit('error', result.error);
      return;
    }
    const message = result.message;
    this.emit('message', message);
    switch (message.event) {
      case 'connected':
        this.emit('connected', message);
        break;
      case 'start':
        this.#onStart(message);
        break;
      case 'media':
        this.#onMedia(message);
        break;
      case 'dtmf':
        this.emit('dtmf', message.dtmf.digit, message);
        break;
      case 'mark':
        this.emit('mark', this.tracker.acknowledge(message.mark.name), message);
        break;
      case 'stop':
        logger('stream %s stopped', message.streamSid);
        this.emit('stop', message);
        break;
    }
  }

  #onStart(message: TwilioStartMessage): void {
    this.#start = message;
    this.#streamSid = message.start.streamSid;
    const format = message.start.mediaFormat;
    if (format.encoding !== 'audio/x-mulaw' || format.sampleRate !== 8000 || format.channels !== 1) {
      logger('unexpected media format %o; treating audio as μ-law 8 kHz', format);
    }
    logger('stream %s started for call %s', message.start.streamSid, message.start.callSid);
    const pending = this.#beforeStart;
    this.#beforeStart = [];
    for (const build of pending) this.#sendNow(build(message.start.streamSid));
    this.emit('start', message);
  }

  #onMedia(message: TwilioMediaMessage): void {
    if (message.media.track !== 'inbound') return;
    const audio = bytesFromBase64(message.media.payload);
    const timestamp = Number(message.media.timestamp);
    let gapMs = 0;
    if (Number.isFinite(timestamp) && this.#nextTimestampMs !== undefined) {
      const gap = timestamp - this.#nextTimestampMs;
      // A jump forward means frames were lost; backwards (or absurdly far) means a reset.
      if (gap >= TWILIO_FRAME_BYTES / BYTES_PER_MS && gap <= MAX_GAP_MS) gapMs = gap;
    }
    if (Number.isFinite(timestamp)) this.#nextTimestampMs = timestamp + audio.length / BYTES_PER_MS;
    if (gapMs > 0) {
      logger('filling %d ms of missing caller audio', gapMs);
      const filled = new Uint8Array(gapMs * BYTES_PER_MS + audio.length).fill(MULAW_SILENCE);
      filled.set(audio, gapMs * BYTES_PER_MS);
      this.emit('media', filled, message);
    } else {
      this.emit('media', audio, message);
    }
  }

  #onClose(code: number): void {
    if (this.#closed) return;
    this.#closed = true;
    logger('Twilio socket closed (%d)', code);
    this.emit('close', code);
  }
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function bytesFromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
