import { arrayBufferToBase64, base64ToArrayBuffer } from '../audio/base64';
import type { RealtimeAudioFormat } from '../audio/format';
import { TypedEventEmitter } from '../events/emitter';
import { RealtimeConnectionError } from '../errors/realtime-connection-error';
import { RealtimeServerError } from '../errors/realtime-server-error';
import { logger } from '../logger';
import { fromWireItem } from '../protocol/item-mapping';
import type { RealtimeItem, RealtimeUserInput } from '../protocol/items';
import { parseServerEvent, type RealtimeServerEvent } from '../protocol/server-events';
import type { RealtimeProtocolDialect, RealtimeSessionConfig } from '../protocol/session-config';
import { toWireSessionConfig, withSessionDefaults } from '../protocol/session-config-mapping';
import { resetHistoryEvents } from './history-sync';
import { PlaybackTracker, type Clock } from './playback/playback-tracker';
import { ResponseCreateQueue } from './response-queue';
import type {
  RealtimeTransportEventTypes,
  RealtimeTransportLayerStatus,
  TransportLayerUsage,
  TransportToolCallEvent,
} from './transport-events';
import type {
  RealtimeClientMessage,
  RealtimeTransportLayer,
  RealtimeTransportLayerConnectOptions,
} from './transport-layer';

/** The model used when neither the transport nor `connect()` names one. */
export const DEFAULT_REALTIME_MODEL = 'gpt-realtime';

/** Options shared by the OpenAI transports. */
export interface OpenAIRealtimeBaseOptions {
  /** Model to open sessions on. @default 'gpt-realtime' */
  model?: string;
  /** Wire dialect: the GA protocol, or the beta one (`OpenAI-Beta: realtime=v1`). @default 'ga' */
  dialect?: RealtimeProtocolDialect;
  /** Clock used for playback estimates (injectable for tests). @default Date.now */
  clock?: Clock;
}

function toUsage(usage: any): TransportLayerUsage {
  const inputTokens = Number(usage?.input_tokens ?? 0);
  const outputTokens = Number(usage?.output_tokens ?? 0);
  return {
    requests: 1,
    inputTokens,
    outputTokens,
    totalTokens: inputTokens + outputTokens,
    inputTokensDetails: usage?.input_token_details ?? {},
    outputTokensDetails: usage?.output_token_details ?? {},
  };
}

/**
 * What the OpenAI WebSocket, SIP (and any JSON-event) transports share: turning server events
 * into `RealtimeTransportEventTypes`, serialising `response.create`, tracking playback for
 * truncation, and building client events in the negotiated dialect. Subclasses own the socket.
 */
export abstract class OpenAIRealtimeBase
  extends TypedEventEmitter<RealtimeTransportEventTypes>
  implements RealtimeTransportLayer
{
  /** Wire dialect this transport speaks. */
  readonly dialect: RealtimeProtocolDialect;
  /** Playback of the current model item, used to compute what the user heard. */
  readonly playback: PlaybackTracker;
  protected _model: string;
  protected _muted = false;
  #status: RealtimeTransportLayerStatus = 'disconnected';
  #responses = new ResponseCreateQueue((event) => this.sendEvent(event as RealtimeClientMessage));
  #serverSession: Record<string, any> | undefined;
  #responseOutputFormat: RealtimeAudioFormat | undefined;
  #configuredOutputFormat: RealtimeAudioFormat | undefined;
  #calledTools = new Set<string>();

  constructor(options: OpenAIRealtimeBaseOptions = {}) {
    super();
    this._model = options.model ?? DEFAULT_REALTIME_MODEL;
    this.dialect = options.dialect ?? 'ga';
    this.playback = new PlaybackTracker(options.clock);
  }

  get status(): RealtimeTransportLayerStatus {
    return this.#status;
  }

  get muted(): boolean | null {
    return this._muted;
  }

  /** The model this transport connects to. */
  get model(): string {
    return this._model;
  }

  /** Whether a response is active (or requested and not yet finished). */
  get responseActive(): boolean {
    return this.#responses.active;
  }

  /** The last session object the server confirmed (`session.created` / `session.updated`). */
  get serverSession(): Record<string, any> | undefined {
    return this.#serverSession;
  }

  abstract connect(options: RealtimeTransportLayerConnectOptions): Promise<void>;
  abstract close(): void;
  abstract sendEvent(event: RealtimeClientMessage): void;

  protected _setStatus(status: RealtimeTransportLayerStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.emit('connection_change', status);
  }

  /** Builds the first `session.update` payload: defaults, then the caller's config. */
  protected _buildInitialSession(config: Partial<RealtimeSessionConfig> = {}): Record<string, unknown> {
    const full = withSessionDefaults({ model: this._model, ...config }, this.requiredAudioFormat ?? {});
    this.#configuredOutputFormat = full.audio?.output?.format;
    return toWireSessionConfig(full, this.dialect);
  }

  /** Audio formats this transport needs when the user chose none (none for a plain socket). */
  get requiredAudioFormat(): { input?: RealtimeAudioFormat; output?: RealtimeAudioFormat } | undefined {
    return undefined;
  }

  /** Clears per-connection state; subclasses call it when the connection ends. */
  protected _resetConnectionState(): void {
    this.#responses.reset();
    this.playback.reset();
    this.#calledTools.clear();
    this.#responseOutputFormat = undefined;
  }

  /** Handles one inbound frame. Never throws: problems become `error` events. */
  protected _onServerFrame(frame: unknown): void {
    const parsed = parseServerEvent(frame, this.dialect);
    if (!parsed.ok) {
      logger.warn('invalid server frame: %s', parsed.error.message);
      this.emit('error', { type: 'error', error: parsed.error, raw: frame });
      return;
    }
    this.emit('*', parsed.event);
    try {
      this._handleServerEvent(parsed.event);
    } catch (error) {
      this.emit('error', { type: 'error', error, raw: frame });
    }
  }

  /** The output format of audio now arriving: per response, else per session. */
  protected _outputFormat(): RealtimeAudioFormat | undefined {
    const session = this.#serverSession;
    return (
      this.#responseOutputFormat ??
      session?.audio?.output?.format ??
      session?.output_audio_format ??
      this.#configuredOutputFormat
    );
  }

  /** Whether the server cancels responses itself on barge-in (per the last `session.updated`). */
  protected _serverInterruptsResponse(): boolean {
    const session = this.#serverSession;
    const turnDetection = session?.audio?.input?.turn_detection ?? session?.turn_detection;
    return turnDetection?.interrupt_response === true;
  }

  protected _handleServerEvent(event: RealtimeServerEvent): void {
    switch (event.type) {
      case 'session.created':
      case 'session.updated':
        this.#serverSession = event.session;
        if (event.type === 'session.updated') this.emit('session_updated', event.session);
        return;
      case 'response.created': {
        this.#responses.onResponseCreated();
        const response = event.response ?? {};
        this.#responseOutputFormat = response.audio?.output?.format ?? response.output_audio_format;
        this.emit('turn_started', { type: 'response_started', responseId: response.id ?? '', providerData: event });
        return;
      }
      case 'response.done': {
        const response = event.response ?? {};
        this.#responseOutputFormat = undefined;
        const usage = toUsage(response.usage);
        this.emit('usage_update', usage);
        const output = (Array.isArray(response.output) ? response.output : [])
          .map((item: any) => fromWireItem(item))
          .filter((item: RealtimeItem | undefined): item is RealtimeItem => item !== undefined);
        this.emit('turn_done', {
          type: 'response_done',
          response: {
            id: response.id ?? '',
            status: response.status ?? 'completed',
            output,
            usage,
            statusDetails: response.status_details ?? null,
          },
        });
        this.#responses.onResponseDone();
        return;
      }
      case 'response.output_audio.delta': {
        const data = base64ToArrayBuffer(event.delta);
        this.playback.onAudio(event.item_id, event.content_index ?? 0, data.byteLength, this._outputFormat());
        this.emit('audio', { type: 'audio', data, responseId: event.response_id ?? '', itemId: event.item_id });
        return;
      }
      case 'response.output_audio.done':
        if (event.item_id === this.playback.itemId) this.playback.onAudioDone();
        this.emit('audio_done');
        return;
      case 'response.output_audio_transcript.delta':
      case 'response.output_text.delta':
        this.emit('audio_transcript_delta', {
          type: 'transcript_delta',
          itemId: event.item_id,
          delta: event.delta,
          responseId: event.response_id ?? '',
        });
        return;
      case 'response.output_item.added':
      case 'response.output_item.done':
      case 'conversation.item.added':
      case 'conversation.item.done':
      case 'conversation.item.retrieved':
        this.#onItem(event);
        return;
      case 'conversation.item.deleted':
        this.emit('item_deleted', { itemId: event.item_id });
        return;
      case 'conversation.item.input_audio_transcription.completed':
        this.emit('input_audio_transcription_completed', {
          itemId: event.item_id,
          contentIndex: event.content_index ?? 0,
          transcript: event.transcript,
        });
        return;
      case 'input_audio_buffer.speech_started':
        this.emit('speech_started', { itemId: event.item_id, audioStartMs: event.audio_start_ms });
        this._onSpeechStarted(event);
        return;
      case 'input_audio_buffer.speech_stopped':
        this.emit('speech_stopped', { itemId: event.item_id, audioEndMs: event.audio_end_ms });
        return;
      case 'error': {
        const error = new RealtimeServerError(event.error);
        logger.warn('server error %s: %s', error.serverCode ?? 'without code', error.message);
        this.#responses.onError(error);
        this.emit('error', { type: 'error', error, raw: event });
        return;
      }
      default:
        return;
    }
  }

  #onItem(event: RealtimeServerEvent): void {
    const item = fromWireItem(event.item, event.previous_item_id);
    if (!item) return;
    if (event.previous_item_id === undefined) delete item.previousItemId;
    this.emit('item_update', item);
    if (item.type === 'function_call' && item.status === 'completed') {
      const callId = item.callId ?? item.itemId;
      if (this.#calledTools.has(callId)) return;
      this.#calledTools.add(callId);
      this.emit('function_call', {
        type: 'function_call',
        name: item.name,
        callId,
        arguments: item.arguments,
        id: item.itemId,
        previousItemId: item.previousItemId,
      });
    }
  }

  /** Reacts to the user starting to speak. The WebSocket flavour interrupts local playback. */
  protected _onSpeechStarted(_event: RealtimeServerEvent): void {
    if (this.playback.active) this._interrupt(this.playback.elapsedMs(), !this._serverInterruptsResponse());
  }

  /**
   * Tells the transport how much of an item your audio player has actually played. Interruptions
   * then truncate at that position, and the first report emits `audio_playback_started` (the
   * playout figure of the latency metrics).
   */
  reportPlayback(itemId: string, playedMs: number): void {
    if (this.playback.reportPlayed(itemId, playedMs)) this.emit('audio_playback_started', { itemId });
  }

  /** Asks for a model response now, or as soon as the active one finishes. */
  requestResponse(response?: Record<string, any>): void {
    this.#responses.request(response);
  }

  sendMessage(
    message: RealtimeUserInput,
    otherEventData: Record<string, any> = {},
    options: { triggerResponse?: boolean } = {},
  ): void {
    const item =
      typeof message === 'string'
        ? { type: 'message', role: 'user', content: [{ type: 'input_text', text: message }] }
        : {
            type: 'message',
            role: 'user',
            content: message.content.map((part) =>
              part.type === 'input_image'
                ? { type: 'input_image', image_url: part.image, ...(part.providerData ?? {}) }
                : part,
            ),
          };
    this.sendEvent({ type: 'conversation.item.create', item, ...otherEventData });
    if (options.triggerResponse !== false) this.requestResponse();
  }

  addImage(image: string, options: { triggerResponse?: boolean } = {}): void {
    this.sendMessage({ type: 'message', role: 'user', content: [{ type: 'input_image', image }] }, {}, options);
  }

  sendAudio(audio: ArrayBuffer, options: { commit?: boolean } = {}): void {
    if (!this._muted && audio.byteLength > 0) {
      this.sendEvent({ type: 'input_audio_buffer.append', audio: arrayBufferToBase64(audio) });
    }
    if (options.commit) this.sendEvent({ type: 'input_audio_buffer.commit' });
  }

  updateSessionConfig(config: Partial<RealtimeSessionConfig>): void {
    if (config.audio?.output?.format !== undefined) this.#configuredOutputFormat = config.audio.output.format;
    if (config.outputAudioFormat !== undefined) this.#configuredOutputFormat = config.outputAudioFormat;
    this.sendEvent({ type: 'session.update', session: toWireSessionConfig(config, this.dialect) });
  }

  sendFunctionCallOutput(toolCall: TransportToolCallEvent, output: string, startResponse = true): void {
    this.sendEvent({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: toolCall.callId, output },
    });
    if (startResponse) this.requestResponse();
  }

  sendMcpResponse(approvalRequest: { itemId: string }, approved: boolean): void {
    this.sendEvent({
      type: 'conversation.item.create',
      previous_item_id: approvalRequest.itemId,
      item: { type: 'mcp_approval_response', approval_request_id: approvalRequest.itemId, approve: approved },
    });
  }

  /** Mutes the microphone: while muted, `sendAudio` drops audio instead of sending it. */
  mute(muted: boolean): void {
    this._muted = muted;
  }

  /**
   * Interrupts the model: cancels the active response and truncates the current audio item at
   * what the user heard (from `playback`). With no audio played yet, only a running response is
   * cancelled.
   */
  interrupt(): void {
    if (!this.playback.active) {
      if (this.#responses.active) this.sendEvent({ type: 'response.cancel' });
      return;
    }
    this._interrupt(this.playback.elapsedMs(), true);
  }

  /**
   * Carries out an interruption, given how many ms of the current item were played. Override it
   * in a transport that knows playout better (a phone bridge counting acknowledged marks), or
   * call it with that figure.
   */
  protected _interrupt(elapsedMs: number, cancelOngoingResponse = true): void {
    const itemId = this.playback.itemId;
    if (cancelOngoingResponse && this.#responses.active) this.sendEvent({ type: 'response.cancel' });
    const audioEndMs = Math.floor(Math.max(0, Math.min(elapsedMs, this.playback.receivedMs)));
    const heardEverything = this.playback.audioDone && elapsedMs >= this.playback.receivedMs;
    const contentIndex = this.playback.contentIndex;
    this.playback.reset();
    this.emit('audio_interrupted');
    if (itemId && !heardEverything) {
      this.sendEvent({
        type: 'conversation.item.truncate',
        item_id: itemId,
        content_index: contentIndex,
        audio_end_ms: audioEndMs,
      });
      this.emit('item_truncated', { itemId, audioEndMs });
    }
  }

  resetHistory(oldHistory: RealtimeItem[], newHistory: RealtimeItem[]): void {
    for (const event of resetHistoryEvents(oldHistory, newHistory, this.dialect)) this.sendEvent(event);
  }

  /** Emits a `not_connected` error for a send attempted while the socket is not open. */
  protected _notConnected(event: RealtimeClientMessage): void {
    this.emit('error', {
      type: 'error',
      error: new RealtimeConnectionError(
        'not_connected',
        `Cannot send '${event.type}': the transport is not connected`,
      ),
    });
  }
}
