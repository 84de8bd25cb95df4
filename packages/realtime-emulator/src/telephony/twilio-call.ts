import { EventEmitter } from 'node:events';
import { writeFile } from 'node:fs/promises';
import WebSocket from 'ws';
import { encodeMulaw } from '../audio/g711';
import { encodeModem } from '../modem/encode';
import { checkAppMessage } from './app-messages';
import { CallRecording, type HeardText } from './call-recording';
import { CallerMessages } from './caller-messages';
import { PlaybackQueue } from './playback-queue';
import { SimulatedClock } from './simulated-clock';
import { waitForCondition } from './wait-for';

/** Simulated milliseconds per tick: Twilio's frame. */
const FRAME_MS = 20;
const FRAME_BYTES = 160;
const SILENCE = 0xff;

/** Options of {@link startTwilioCall}. */
export interface TwilioCallOptions {
  /** The media-stream WebSocket to connect to, e.g. `ws://127.0.0.1:5050/media-stream`. */
  url: string;
  /** Signs the upgrade with `X-Twilio-Signature` when given. */
  authToken?: string;
  /** The `<Stream url>` Twilio signs. @default url */
  signatureUrl?: string;
  /** Send this signature instead of the right one (to test rejection). */
  signatureOverride?: string;
  /** `<Parameter>` values delivered in `start.customParameters`. @default {} */
  customParameters?: Record<string, string>;
  /** Simulated time runs this many times faster than real time. @default 1 */
  speed?: number;
  /** Simulated delay before each mark echo (late acknowledgements). @default 0 */
  markEchoDelayMs?: number;
  /** Do not send `connected` and `start` on open (to test an app that waits for them). @default false */
  manualStart?: boolean;
  /**
   * Extra, irregular delay of up to this many simulated ms per echo (deterministic), so echoes
   * come out of pace with the audio: in bursts, never out of order. @default 0
   */
  markEchoJitterMs?: number;
}

/** How the call ended. */
export interface TwilioCallEnd {
  /** `caller-hangup`: the simulator sent `stop`; `app-closed`: the app closed the socket (Twilio would run the next TwiML verb); `network`: the socket dropped. */
  reason: 'caller-hangup' | 'app-closed' | 'network';
  atMs: number;
  code: number;
}

/** A warning Twilio would log for the stream (31931, 31950, 31951). */
export interface TwilioWarning {
  code: number;
  reason: string;
  atMs: number;
}

/** Something the caller said, with its simulated start and end. */
export interface CallerUtterance {
  text: string;
  startMs: number;
  endMs: number;
}

/** Events of a {@link TwilioCall}. */
export interface TwilioCallEvents {
  heard: [text: string, atMs: number];
  media: [bytes: number, atMs: number];
  mark: [name: string, atMs: number];
  echo: [name: string, atMs: number];
  clear: [pendingMarks: string[], atMs: number];
  warning: [warning: TwilioWarning];
  end: [end: TwilioCallEnd];
}

/**
 * Twilio's side of one bidirectional media stream, driven by a simulated clock: sends
 * `connected`, `start` and a 160-byte μ-law frame every 20 ms, plays the app's audio through a
 * FIFO at 8 bytes/ms echoing marks as they are reached, honours `clear`, sends `dtmf` and `stop`,
 * records both directions and decodes what the caller heard from the modem voice.
 */
export class TwilioCall extends EventEmitter<TwilioCallEvents> {
  readonly streamSid: string;
  readonly callSid: string;
  readonly accountSid: string;
  /** The call's end, once it happened. */
  readonly ended: Promise<TwilioCallEnd>;
  /** Everything the caller said, in order. */
  readonly said: CallerUtterance[] = [];
  /** Warnings Twilio would log; each code at most once, as Twilio does. */
  readonly warnings: TwilioWarning[] = [];
  /** Every app message accepted, with its simulated arrival time. */
  readonly received: { event: 'media' | 'mark' | 'clear'; atMs: number; bytes?: number; name?: string }[] = [];
  /** Every mark echo sent. */
  readonly echoes: { name: string; atMs: number; cleared: boolean }[] = [];

  readonly #socket: WebSocket;
  readonly #options: TwilioCallOptions;
  readonly #clock: SimulatedClock;
  readonly #messages: CallerMessages;
  readonly #queue = new PlaybackQueue();
  readonly #recording = new CallRecording();
  #outgoing = new Uint8Array(0);
  #timestampOffsetMs = 0;
  #pausedUntilMs = 0;
  #lastEchoDueMs = 0;
  #echoCount = 0;
  #begun = false;
  #hangingUp = false;
  #end: TwilioCallEnd | undefined;
  #resolveEnd!: (end: TwilioCallEnd) => void;

  constructor(socket: WebSocket, options: TwilioCallOptions) {
    super();
    this.#socket = socket;
    this.#options = options;
    this.#clock = new SimulatedClock({
      speed: options.speed ?? 1,
      frameMs: FRAME_MS,
      onFrame: (startMs) => this.#frame(startMs),
    });
    const id = (prefix: string) => prefix + Math.random().toString(16).slice(2, 10).padEnd(32, '0');
    this.streamSid = id('MZ');
    this.callSid = id('CA');
    this.accountSid = `AC${'0'.repeat(32)}`;
    this.#messages = new CallerMessages({
      streamSid: this.streamSid,
      accountSid: this.accountSid,
      callSid: this.callSid,
      customParameters: options.customParameters ?? {},
    });
    this.ended = new Promise((resolve) => (this.#resolveEnd = resolve));
    socket.on('message', (data, isBinary) => this.#onAppMessage(data as Buffer, isBinary));
    socket.on('close', (code) => this.#finish(this.#hangingUp ? 'caller-hangup' : 'app-closed', code));
    socket.on('error', () => this.#finish('network', 1006));
  }

  /** Simulated milliseconds since the stream started. */
  get nowMs(): number {
    return this.#clock.nowMs;
  }

  /** Everything the caller heard (modem decode of the played audio). */
  get heardText(): string {
    return this.#recording.heardText;
  }

  /** Heard text in runs with the simulated time of each. */
  get heard(): readonly HeardText[] {
    return this.#recording.heard;
  }

  /** Bytes queued in Twilio's playback buffer. */
  get queuedBytes(): number {
    return this.#queue.queuedBytes;
  }

  /** True until the call ended. */
  get active(): boolean {
    return this.#end === undefined;
  }

  /** Sends `connected` and `start` (done on open unless `manualStart`) and starts the clock. */
  begin(): void {
    if (this.#begun || !this.active) return;
    this.#begun = true;
    this.#sendJson(this.#messages.connected());
    this.#sendJson(this.#messages.start());
    this.#clock.start();
  }

  /** Runs `action` at simulated time `atMs` (at once if that has passed). */
  at(atMs: number, action: () => void): void {
    this.#clock.at(atMs, action);
  }

  /**
   * Says `text` in the modem voice, from the next frame (or from `at`). Resolves when the last
   * frame of it has been sent.
   */
  say(text: string, options: { at?: number } = {}): Promise<CallerUtterance> {
    return new Promise((resolve) => {
      this.at(options.at ?? this.nowMs, () => {
        const audio = encodeMulaw(encodeModem(text, 8000));
        const startMs = this.nowMs + (this.#outgoing.length / FRAME_BYTES) * FRAME_MS;
        const utterance: CallerUtterance = { text, startMs, endMs: startMs + audio.length / 8 };
        this.said.push(utterance);
        this.#appendOutgoing(audio);
        this.at(utterance.endMs, () => resolve(utterance));
      });
    });
  }

  /** Sends raw μ-law caller audio from the next frame. */
  sendAudio(mulaw: Uint8Array): void {
    this.#appendOutgoing(mulaw);
  }

  /** Sends a `dtmf` message for `digit`. */
  pressDigit(digit: string, options: { at?: number } = {}): void {
    this.at(options.at ?? this.nowMs, () => this.#sendJson(this.#messages.dtmf(digit)));
  }

  /** Skips `ms` of caller media: the next frame's timestamp jumps forward (lost frames). */
  dropMedia(ms: number): void {
    this.#timestampOffsetMs += ms;
  }

  /** Sends no caller media for `ms` of simulated time (Twilio pauses inbound frames at times). */
  pauseMedia(ms: number): void {
    this.#pausedUntilMs = Math.max(this.#pausedUntilMs, this.nowMs + ms);
  }

  /** Sends any frame as is (to test the app's handling of malformed messages). */
  sendRaw(data: string | Uint8Array): void {
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(data);
  }

  /** Hangs up like the REST API does: `stop`, then the socket closes. Resolves on close. */
  async hangUp(): Promise<TwilioCallEnd> {
    if (this.active && !this.#hangingUp) {
      this.#hangingUp = true;
      this.#sendJson(this.#messages.stop());
      this.#queue.discard();
      this.#socket.close(1000);
    }
    return this.ended;
  }

  /** Drops the socket without `stop` (network loss). */
  disconnect(): void {
    this.#socket.terminate();
  }

  /** Resolves once the simulated clock reaches `atMs` (or the call ends). */
  waitUntil(atMs: number): Promise<void> {
    return new Promise((resolve) => {
      if (!this.active || this.nowMs >= atMs) return resolve();
      this.at(atMs, resolve);
      void this.ended.then(() => resolve());
    });
  }

  /** Resolves when the heard text matches, rejects after `timeoutMs` of real time. */
  waitForHeard(match: string | RegExp, timeoutMs = 10_000): Promise<string> {
    return waitForCondition(
      this as EventEmitter<any>,
      'heard',
      () => (typeof match === 'string' ? this.heardText.includes(match) : match.test(this.heardText)),
      timeoutMs,
      () => `heard ${String(match)} (heard so far: ${JSON.stringify(this.heardText)})`,
    ).then(() => this.heardText);
  }

  /** Resolves on the next event of `name` matching `predicate`, rejects after `timeoutMs` of real time. */
  waitForEvent<Name extends keyof TwilioCallEvents>(
    name: Name,
    predicate: (...args: TwilioCallEvents[Name]) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<TwilioCallEvents[Name]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(name, listener as never);
        reject(new Error(`timed out waiting for ${name}`));
      }, timeoutMs);
      const listener = (...args: TwilioCallEvents[Name]) => {
        if (!predicate(...args)) return;
        clearTimeout(timer);
        this.off(name, listener as never);
        resolve(args);
      };
      this.on(name, listener as never);
    });
  }

  /** Simulated time of the first app audio received at or after `afterMs`. */
  firstAudioAfter(afterMs: number): number | undefined {
    return this.received.find((entry) => entry.event === 'media' && entry.atMs >= afterMs)?.atMs;
  }

  /** The recording as a stereo WAV (caller left, agent right, 8 kHz). */
  wav(): Uint8Array {
    return this.#recording.wav();
  }

  /** Writes the recording to `path`. */
  async saveWav(path: string): Promise<string> {
    await writeFile(path, this.wav());
    return path;
  }

  /** PCM16 8 kHz of what the caller heard. */
  agentSamples(): Int16Array {
    return this.#recording.agentSamples();
  }

  #appendOutgoing(audio: Uint8Array): void {
    const joined = new Uint8Array(this.#outgoing.length + audio.length);
    joined.set(this.#outgoing);
    joined.set(audio, this.#outgoing.length);
    this.#outgoing = joined;
  }

  #frame(startMs: number): void {
    const frame = new Uint8Array(FRAME_BYTES).fill(SILENCE);
    if (startMs >= this.#pausedUntilMs) {
      frame.set(this.#outgoing.subarray(0, FRAME_BYTES));
      this.#outgoing = this.#outgoing.subarray(Math.min(FRAME_BYTES, this.#outgoing.length));
      this.#sendJson(this.#messages.media(frame, startMs + this.#timestampOffsetMs));
    }
    const { played, marks } = this.#queue.drain(FRAME_BYTES);
    // Marks reached in this frame are echoed at its end, when the audio before them has played.
    const endMs = startMs + FRAME_MS;
    for (const name of marks) this.#echo(name, false, endMs);
    const text = this.#recording.append(frame, played, FRAME_BYTES, endMs);
    if (text) this.emit('heard', text, endMs);
  }

  #echo(name: string, cleared: boolean, atMs = this.nowMs): void {
    const send = (sentAtMs: number) => {
      if (!this.active) return;
      this.echoes.push({ name, atMs: sentAtMs, cleared });
      this.#sendJson(this.#messages.mark(name));
      this.emit('echo', name, sentAtMs);
    };
    const jitter = this.#options.markEchoJitterMs ?? 0;
    // A fixed pseudo-random sequence keeps runs reproducible.
    this.#echoCount += 1;
    const extra = jitter > 0 ? (((this.#echoCount * 7919) % 101) / 100) * jitter : 0;
    const delay = (this.#options.markEchoDelayMs ?? 0) + extra;
    if (delay <= 0 && this.#lastEchoDueMs <= atMs) return send(atMs);
    // Echoes keep their order even when a later one draws a shorter delay.
    const dueMs = Math.max(this.#lastEchoDueMs, atMs + delay);
    this.#lastEchoDueMs = dueMs;
    this.at(dueMs, () => send(this.nowMs));
  }

  #onAppMessage(data: Buffer, isBinary: boolean): void {
    if (!this.active || this.#hangingUp) return;
    const check = checkAppMessage(new Uint8Array(data), isBinary, this.streamSid);
    const atMs = this.nowMs;
    if (!check.ok) return this.#warn(check.code, check.reason);
    const message = check.message;
    if (message.event === 'media') {
      this.received.push({ event: 'media', atMs, bytes: message.payload.length });
      if (!this.#queue.pushAudio(message.payload)) this.#warn(31931, 'more than 10 minutes of audio buffered');
      this.emit('media', message.payload.length, atMs);
    } else if (message.event === 'mark') {
      this.received.push({ event: 'mark', atMs, name: message.name });
      this.emit('mark', message.name, atMs);
      for (const name of this.#queue.pushMark(message.name)) this.#echo(name, false);
    } else {
      this.received.push({ event: 'clear', atMs });
      const pending = this.#queue.clear();
      this.emit('clear', pending, atMs);
      for (const name of pending) this.#echo(name, true);
    }
  }

  #warn(code: number, reason: string): void {
    if (this.warnings.some((warning) => warning.code === code)) return;
    const warning = { code, reason, atMs: this.nowMs };
    this.warnings.push(warning);
    this.emit('warning', warning);
  }

  #sendJson(message: object): void {
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
  }

  #finish(reason: TwilioCallEnd['reason'], code: number): void {
    if (this.#end) return;
    this.#clock.stop();
    this.#queue.discard();
    this.#recording.finish(this.nowMs);
    this.#end = { reason, atMs: this.nowMs, code };
    this.#resolveEnd(this.#end);
    this.emit('end', this.#end);
  }
}
