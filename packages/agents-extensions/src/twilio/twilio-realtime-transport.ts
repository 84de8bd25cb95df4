import {
  OpenAIRealtimeWebSocket,
  normalizeAudioConfig,
  type OpenAIRealtimeWebSocketOptions,
  type RealtimeAudioFormat,
  type RealtimeSessionConfig,
  type RealtimeTransportLayerConnectOptions,
} from '@parley/agents-realtime';
import { CallerAudioConverter, ModelAudioConverter } from './audio-transcoder';
import { logger } from './logger';
import type { TwilioStartMessage } from './messages';
import { TwilioMediaBridge } from './twilio-media-bridge';
import type { TwilioWebSocketInput } from './twilio-socket';

/** μ-law 8 kHz, the format of every Twilio media stream. */
const TWILIO_FORMAT: RealtimeAudioFormat = 'g711_ulaw';
/** Caller audio kept while the model socket opens: 30 s of μ-law. */
const MAX_BUFFERED_BYTES = 30 * 1000 * 8;

/** Options of {@link TwilioRealtimeTransportLayer}: the WebSocket transport's, plus Twilio's socket. */
export type TwilioRealtimeTransportLayerOptions = OpenAIRealtimeWebSocketOptions & {
  /**
   * The media-stream WebSocket Twilio opened: a `ws` WebSocket, what @fastify/websocket v11 hands
   * a route, or the older `{ socket }` connection object.
   */
  twilioWebSocket: TwilioWebSocketInput;
};

/**
 * Bridges a Twilio Media Streams call to a realtime model over a WebSocket. Use it as the
 * `transport` of a `RealtimeSession`. Audio stays μ-law 8 kHz end to end unless you configure
 * PCM16 (it then transcodes); agent audio goes to Twilio in 20 ms frames with a mark after each,
 * and on barge-in the transport sends `clear`, cancels the response and truncates the item at
 * exactly what the caller heard according to the mark echoes.
 *
 * Every Twilio message is emitted as a `*` event `{ type: 'twilio_message', message }` (a
 * `transport_event` on the session); key presses also as `{ type: 'twilio_dtmf', digit }`.
 *
 * @example
 * fastify.get('/media-stream', { websocket: true }, async (connection) => {
 *   const transport = new TwilioRealtimeTransportLayer({ twilioWebSocket: connection });
 *   const session = new RealtimeSession(agent, { transport });
 *   await session.connect({ apiKey: process.env.OPENAI_API_KEY! });
 * });
 */
export class TwilioRealtimeTransportLayer extends OpenAIRealtimeWebSocket {
  /** Twilio's side: the media socket, 20 ms framing, marks and the playback tracker. */
  readonly twilio: TwilioMediaBridge;
  readonly #callerAudio = new CallerAudioConverter();
  readonly #modelAudio = new ModelAudioConverter();
  #inputFormat: RealtimeAudioFormat | undefined;
  #modelReady = false;
  #buffered: Uint8Array[] = [];
  #bufferedBytes = 0;
  #outputItemId: string | undefined;
  #finishedItems = new Set<string>();
  #interruptedItems = new Set<string>();
  #closing = false;

  constructor(options: TwilioRealtimeTransportLayerOptions) {
    const { twilioWebSocket, ...socketOptions } = options;
    super(socketOptions);
    this.twilio = new TwilioMediaBridge(twilioWebSocket);
    this.twilio.on('message', (message) => this.emit('*', { type: 'twilio_message', message }));
    this.twilio.on('media', (audio) => this.#onCallerAudio(audio));
    this.twilio.on('dtmf', (digit, message) =>
      this.emit('*', { type: 'twilio_dtmf', digit, streamSid: message.streamSid, callSid: this.callSid }),
    );
    this.twilio.on('mark', (progress) => {
      if (!progress) return;
      // Also announces `audio_playback_started` on the first echo of an item.
      this.reportPlayback(progress.itemId, progress.playedMs);
      if (progress.done) this.#finishedItems.add(progress.itemId);
    });
    this.twilio.on('error', (error) => this.emit('error', { type: 'error', error, raw: error.raw }));
    this.twilio.on('stop', () => this.#endCall('Twilio stopped the stream'));
    this.twilio.on('close', () => this.#endCall('the Twilio socket closed'));
    this.on('audio', (event) => this.#onModelAudio(event.itemId, event.data));
    this.on('audio_done', () => {
      if (this.#outputItemId && !this.#interruptedItems.has(this.#outputItemId)) {
        this.twilio.finishItem(this.#outputItemId);
      }
    });
    this.on('connection_change', (status) => {
      // The model socket dropped (or closed) under a live call: end the call instead of leaving
      // the caller in silence.
      if (status === 'disconnected' && this.#modelReady) {
        this.#modelReady = false;
        if (!this.#closing) logger('model connection ended; hanging up the Twilio stream');
        this.twilio.close();
      }
    });
  }

  /** μ-law 8 kHz in and out, unless the app configures other formats. */
  override get requiredAudioFormat(): { input: RealtimeAudioFormat; output: RealtimeAudioFormat } {
    return { input: TWILIO_FORMAT, output: TWILIO_FORMAT };
  }

  /** The `start` message: stream and call ids, custom parameters. Undefined until it arrives. */
  get twilioStart(): TwilioStartMessage | undefined {
    return this.twilio.startMessage;
  }

  /** The call's `CallSid`, once `start` arrived. */
  get callSid(): string | undefined {
    return this.twilio.startMessage?.start.callSid;
  }

  /** The stream's `StreamSid`, once `start` arrived. */
  get streamSid(): string | undefined {
    return this.twilio.streamSid;
  }

  /** `<Parameter>` values of the TwiML, once `start` arrived. */
  get customParameters(): Record<string, string> {
    return this.twilio.startMessage?.start.customParameters ?? {};
  }

  /** Connects to the model, then sends the caller audio that arrived meanwhile. */
  override async connect(options: RealtimeTransportLayerConnectOptions): Promise<void> {
    try {
      await super.connect(options);
    } catch (error) {
      logger('model connection failed; hanging up the Twilio stream');
      this.twilio.close();
      throw error;
    }
    this.#modelReady = true;
    if (this.twilio.closed) {
      this.#endCall('the caller hung up before the model connected');
      return;
    }
    const buffered = this.#buffered;
    this.#buffered = [];
    this.#bufferedBytes = 0;
    if (buffered.length > 0) logger('sending %d buffered caller frames', buffered.length);
    for (const audio of buffered) this.#sendCallerAudio(audio);
  }

  override updateSessionConfig(config: Partial<RealtimeSessionConfig>): void {
    const { inputFormat } = normalizeAudioConfig(config as RealtimeSessionConfig);
    if (inputFormat !== undefined) this.#inputFormat = inputFormat;
    super.updateSessionConfig(config);
  }

  /**
   * Hangs up from the app's side: closes the model connection and the media socket, so Twilio
   * runs the TwiML after `<Connect>` (or ends the call). With `afterPlayback`, waits for Twilio
   * to confirm that all queued agent audio has played first, so the caller hears the goodbye.
   */
  async hangUp(options: { afterPlayback?: boolean; timeoutMs?: number } = {}): Promise<void> {
    if (options.afterPlayback && this.twilio.tracker.hasPendingPlayback && !this.twilio.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, options.timeoutMs ?? 30_000);
        const onMark = () => {
          if (!this.twilio.tracker.hasPendingPlayback) done();
        };
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.twilio.on('mark', onMark);
        this.twilio.once('close', done);
      });
    }
    this.close();
  }

  /** Closes the model connection and the Twilio media socket. Safe to call twice. */
  override close(): void {
    this.#closing = true;
    super.close();
    this.twilio.close();
  }

  protected override _buildInitialSession(config: Partial<RealtimeSessionConfig> = {}): Record<string, unknown> {
    this.#inputFormat = normalizeAudioConfig(config as RealtimeSessionConfig).inputFormat ?? TWILIO_FORMAT;
    return super._buildInitialSession(config);
  }

  /**
   * Barge-in with Twilio: `clear` the audio Twilio still holds, then cancel and truncate at the
   * milliseconds the mark echoes confirm were played (not at what was sent, nor at wall-clock
   * time). Items queued behind the current one are truncated at 0.
   */
  protected override _interrupt(_elapsedMs: number, cancelOngoingResponse = true): void {
    const itemId = this.playback.itemId;
    const truncations = this.twilio.interrupt();
    this.#modelAudio.reset();
    let heardMs = 0;
    if (itemId !== undefined) {
      this.#interruptedItems.add(itemId);
      heardMs = this.#finishedItems.has(itemId)
        ? Number.POSITIVE_INFINITY
        : (truncations.find((truncation) => truncation.itemId === itemId)?.audioEndMs ??
          this.twilio.tracker.playedMs(itemId));
    }
    logger('barge-in: item %s heard for %d ms', itemId, heardMs);
    super._interrupt(heardMs, cancelOngoingResponse);
    for (const truncation of truncations) {
      if (truncation.itemId === itemId) continue;
      this.sendEvent({
        type: 'conversation.item.truncate',
        item_id: truncation.itemId,
        content_index: 0,
        audio_end_ms: truncation.audioEndMs,
      });
      this.emit('item_truncated', truncation);
    }
  }

  #onCallerAudio(audio: Uint8Array): void {
    if (this.#modelReady && this.status === 'connected') {
      this.#sendCallerAudio(audio);
      return;
    }
    if (this.#closing) return;
    this.#buffered.push(audio);
    this.#bufferedBytes += audio.length;
    while (this.#bufferedBytes > MAX_BUFFERED_BYTES && this.#buffered.length > 1) {
      this.#bufferedBytes -= this.#buffered.shift()!.length;
    }
  }

  #sendCallerAudio(audio: Uint8Array): void {
    // What we last asked for wins over the server's echo: audio sent right after a
    // `session.update` is read in the new format, before `session.updated` comes back.
    const session = this.serverSession;
    const format = this.#inputFormat ?? session?.audio?.input?.format ?? session?.input_audio_format ?? TWILIO_FORMAT;
    this.sendAudio(this.#callerAudio.convert(audio, format));
  }

  #onModelAudio(itemId: string | undefined, data: ArrayBuffer): void {
    if (!itemId || this.#interruptedItems.has(itemId)) return;
    if (itemId !== this.#outputItemId) {
      this.#outputItemId = itemId;
      this.#modelAudio.reset();
    }
    this.twilio.sendAudio(itemId, this.#modelAudio.convert(data, this._outputFormat()));
  }

  #endCall(reason: string): void {
    if (this.#closing) return;
    logger('ending the session: %s', reason);
    this.close();
  }
}
