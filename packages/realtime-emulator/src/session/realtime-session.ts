import { defaultBrain } from '../brain/default-brain';
import type { Brain } from '../brain/types';
import { CLIENT_EVENT_TYPES, type Dialect, serverEventName } from '../protocol/dialect';
import { ProtocolError, invalidValue, missingParameter } from '../protocol/errors';
import { createId } from '../protocol/ids';
import { Conversation } from './conversation';
import type { LogEntry, TranscriptEntry } from './event-log';
import { InputAudio } from './input-audio';
import { handleItemEvent } from './item-events';
import { type ConversationItem, itemToWire } from './items';
import type { Pacing } from './pacing';
import { responseContext } from './response-context';
import { parseResponseRequest } from './response-request';
import { RateLimits } from './rate-limits';
import { ResponseRun } from './response-run';
import { type SessionConfig, defaultSessionConfig } from './session-config';
import { applyBetaUpdate, applyGaUpdate } from './session-update';
import { betaSessionObject, gaSessionObject } from './session-view';
import { startTranscription } from './transcription';

/** The sound of audio answers: `modem` (decodable, the default) or `espeak` (human-audible, when espeak-ng is installed). */
export type SpeechVoice = 'modem' | 'espeak';

/** How the session's audio travels: events on a WebSocket, or media tracks (WebRTC, SIP). */
export type SessionTransport = 'websocket' | 'webrtc' | 'sip';

/** Options of {@link RealtimeSession}. */
export interface RealtimeSessionOptions {
  /** Receives every server event (already in the session's dialect). */
  send: (event: Record<string, unknown>) => void;
  /** @default 'ga' */
  dialect?: Dialect;
  /** @default defaultBrain */
  brain?: Brain;
  /** @default 'fast' */
  pacing?: Pacing;
  /** How audio answers sound: the modem voice, or espeak-ng for people (falls back to the modem). @default 'modem' */
  speech?: SpeechVoice;
  /** @default 'websocket' */
  transport?: SessionTransport;
  /** Initial configuration (a client secret's or an accepted call's session). */
  config?: SessionConfig;
  /** Model audio for media transports (WebRTC, SIP): PCM16 mono and its rate. */
  onOutputAudio?: (samples: Int16Array, sampleRate: number) => void;
  /** The output buffer was dropped (barge-in or `output_audio_buffer.clear`); media transports stop playback. */
  onOutputAudioCleared?: () => void;
  /** The session asks its transport to close (session expiry). */
  onClose?: (code: number, reason: string) => void;
  /** Maximum session length. @default 60 minutes */
  maxDurationMs?: number;
  /** Frames larger than this are refused with an error. @default 21 MiB */
  maxEventBytes?: number;
}

/**
 * The Realtime session engine: one conversation, its configuration, input audio with VAD, and
 * response generation by a brain. It knows nothing of sockets: feed it client frames with
 * {@link RealtimeSession.receive} (and media audio with {@link RealtimeSession.appendInputAudio}),
 * and it sends server events through `options.send`.
 */
export class RealtimeSession {
  readonly id: string;
  readonly dialect: Dialect;
  readonly transport: SessionTransport;
  readonly brain: Brain;
  readonly pacing: Pacing;
  readonly speech: SpeechVoice;
  readonly conversation = new Conversation();
  readonly conversationId = createId('conv');
  /** Every client and server event, in order. */
  readonly log: LogEntry[] = [];
  /** Who said and heard what. */
  readonly transcript: TranscriptEntry[] = [];
  config: SessionConfig;
  readonly #sinks = new Set<(event: Record<string, unknown>) => void>();
  readonly #logListeners = new Set<(entry: LogEntry) => void>();
  readonly #options: RealtimeSessionOptions;
  readonly #input = new InputAudio(this);
  readonly #runs = new Map<string, ResponseRun>();
  #defaultRun: ResponseRun | undefined;
  #expiry: ReturnType<typeof setTimeout> | undefined;
  #closed = false;
  #autoResponsePending = false;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #rateLimits = new RateLimits();

  constructor(options: RealtimeSessionOptions) {
    this.#options = options;
    this.#sinks.add(options.send);
    this.dialect = options.dialect ?? 'ga';
    this.transport = options.transport ?? 'websocket';
    this.brain = options.brain ?? defaultBrain;
    this.pacing = options.pacing ?? 'fast';
    this.speech = options.speech ?? 'modem';
    this.config = options.config ?? defaultSessionConfig();
    this.id = this.config.id;
  }

  /** Sends the first frames (`session.created`, and `conversation.created` in beta) and starts the expiry clock. */
  start(): void {
    this.emit('session.created', { session: this.sessionObject() });
    if (this.dialect === 'beta') {
      this.emit('conversation.created', { conversation: { id: this.conversationId, object: 'realtime.conversation' } });
    }
    const maxDurationMs = this.#options.maxDurationMs ?? 60 * 60 * 1000;
    this.#expiry = setTimeout(() => this.#expire(maxDurationMs), maxDurationMs);
    this.#expiry.unref?.();
  }

  /** Adds another receiver of server events (a sideband `?call_id=` socket); returns its removal. */
  addSink(send: (event: Record<string, unknown>) => void): () => void {
    this.#sinks.add(send);
    return () => this.#sinks.delete(send);
  }

  /** Handles one client frame (JSON text or an already parsed object). Never throws. */
  receive(frame: string | Record<string, unknown>): void {
    if (this.#closed) return;
    let event: Record<string, unknown>;
    if (typeof frame === 'string') {
      const limit = this.#options.maxEventBytes ?? 21 * 1024 * 1024;
      if (Buffer.byteLength(frame) > limit) {
        this.#log('client', { raw: `${frame.slice(0, 64)}…`, bytes: Buffer.byteLength(frame) });
        this.sendError(
          new ProtocolError(`Event of ${Buffer.byteLength(frame)} bytes exceeds the ${limit} byte limit.`, {
            code: 'event_too_large',
          }),
          undefined,
        );
        return;
      }
      try {
        const parsed: unknown = JSON.parse(frame);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        event = parsed as Record<string, unknown>;
      } catch {
        this.#log('client', { raw: frame });
        this.sendError(
          new ProtocolError('Invalid JSON: the event could not be parsed as a JSON object.', { code: 'invalid_json' }),
          undefined,
        );
        return;
      }
    } else event = frame;
    this.#log('client', event);
    const eventId = typeof event.event_id === 'string' ? event.event_id : undefined;
    try {
      this.#dispatch(event);
    } catch (error) {
      if (error instanceof ProtocolError) this.sendError(error, eventId);
      else this.sendError(new ProtocolError(String(error), { type: 'server_error', code: 'server_error' }), eventId);
    }
  }

  /** Audio from a media track (WebRTC or SIP caller), PCM16 mono at `sampleRate`. */
  appendInputAudio(samples: Int16Array, sampleRate: number): void {
    if (!this.#closed) this.#input.appendMedia(samples, sampleRate);
  }

  /** Stops responses and timers. Idempotent. */
  close(): void {
    if (this.#closed) return;
    for (const run of this.#runs.values()) run.cancel('client_cancelled');
    this.#closed = true;
    clearTimeout(this.#expiry);
    clearTimeout(this.#idleTimer);
  }

  /** True after {@link RealtimeSession.close}. */
  get closed(): boolean {
    return this.#closed;
  }

  #dispatch(event: Record<string, unknown>): void {
    const type = event.type;
    if (typeof type !== 'string') throw missingParameter('type');
    switch (type) {
      case 'session.update':
      case 'transcription_session.update':
        return this.#updateSession(event, type);
      case 'input_audio_buffer.append':
        return this.#input.appendBase64(event.audio);
      case 'input_audio_buffer.commit':
        return this.#input.commit();
      case 'input_audio_buffer.clear':
        return this.#input.clear();
      case 'conversation.item.create':
      case 'conversation.item.retrieve':
      case 'conversation.item.delete':
      case 'conversation.item.truncate':
        return handleItemEvent(this, event, type);
      case 'response.create':
        return this.createResponse(event.response);
      case 'response.cancel':
        return this.#cancelResponse(event.response_id);
      case 'output_audio_buffer.clear':
        return this.#clearOutputBuffer();
      default:
        throw invalidValue('type', type, CLIENT_EVENT_TYPES);
    }
  }

  #updateSession(event: Record<string, unknown>, type: string): void {
    if (event.session === undefined) throw missingParameter('session');
    if (this.dialect === 'beta' || type === 'transcription_session.update') {
      this.config = applyBetaUpdate(this.config, event.session);
    } else this.config = applyGaUpdate(this.config, event.session);
    const name = type === 'transcription_session.update' ? 'transcription_session.updated' : 'session.updated';
    this.emit(name, { session: this.sessionObject() });
  }

  /** The session object in this session's dialect. */
  sessionObject(): Record<string, unknown> {
    return this.dialect === 'beta' ? betaSessionObject(this.config) : gaSessionObject(this.config);
  }

  /** Starts a response (client `response.create`, or VAD end of turn). */
  createResponse(value: unknown): void {
    const request = parseResponseRequest(value, this.config, this.dialect);
    if (request.conversation === 'auto' && this.#defaultRun) {
      throw new ProtocolError(
        `Conversation already has an active response in progress: ${this.#defaultRun.id}. Wait until the response is finished before creating a new one.`,
        { code: 'conversation_already_has_active_response' },
      );
    }
    if (this.config.type === 'transcription') {
      throw new ProtocolError('Transcription sessions do not generate responses.', {
        code: 'invalid_value',
        param: 'type',
      });
    }
    const { context, inputTokens } = responseContext(this.conversation, this.config, request);
    const run = new ResponseRun(this, request, context, inputTokens);
    this.#runs.set(run.id, run);
    if (run.inConversation) this.#defaultRun = run;
    void run.run();
  }

  #cancelResponse(responseId: unknown): void {
    const run = typeof responseId === 'string' ? this.#runs.get(responseId) : this.#defaultRun;
    if (!run) {
      throw new ProtocolError(
        typeof responseId === 'string'
          ? `Response ${responseId} is not active.`
          : 'Cancellation failed: no active response found.',
        { code: 'response_cancel_not_active' },
      );
    }
    run.cancel('client_cancelled');
  }

  #clearOutputBuffer(): void {
    const run = this.#defaultRun;
    run?.cancel('client_cancelled');
    this.#options.onOutputAudioCleared?.();
    this.emit('output_audio_buffer.cleared', { response_id: run?.id ?? null });
  }

  /** Called by a run after its `response.done`. */
  responseFinished(run: ResponseRun): void {
    if (run.inConversation && run.status === 'completed') this.#armIdleTimeout(run.audioMs);
    this.#runs.delete(run.id);
    if (this.#defaultRun === run) this.#defaultRun = undefined;
    if (this.#autoResponsePending && !this.#defaultRun && !this.#closed) {
      this.#autoResponsePending = false;
      queueMicrotask(() => {
        if (!this.#closed && !this.#defaultRun) this.createResponse(undefined);
      });
    }
    if (this.transport !== 'websocket' && run.audioMs > 0 && run.status === 'completed') {
      this.emit('output_audio_buffer.stopped', { response_id: run.id });
    }
    const usage = (run.responseObject(true).usage as { total_tokens: number }).total_tokens;
    this.emit('rate_limits.updated', { rate_limits: this.#rateLimits.consume(usage) });
  }

  /**
   * `idle_timeout_ms`: once the response's audio has had time to play (fast pacing sends it early,
   * so its duration is added), silence for that long commits the buffer and asks for a response.
   */
  #armIdleTimeout(audioMs: number): void {
    clearTimeout(this.#idleTimer);
    const turn = this.config.turnDetection;
    const idleMs = turn?.type === 'server_vad' ? turn.idle_timeout_ms : null;
    if (typeof idleMs !== 'number' || this.#closed) return;
    const playbackMs = this.pacing === 'fast' ? audioMs : 0;
    this.#idleTimer = setTimeout(() => {
      if (this.#closed || this.#defaultRun) return;
      const { itemId, startMs, endMs, samples } = this.#input.timeout();
      this.emit('input_audio_buffer.timeout_triggered', {
        item_id: itemId,
        audio_start_ms: startMs,
        audio_end_ms: endMs,
      });
      this.commitUserAudio(itemId, samples, true);
    }, playbackMs + idleMs);
    this.#idleTimer.unref?.();
  }

  /** Called by a run when its audio starts (WebRTC/SIP report `output_audio_buffer.started`). */
  outputAudioStarted(run: ResponseRun): void {
    if (this.transport !== 'websocket') this.emit('output_audio_buffer.started', { response_id: run.id });
  }

  /** Sends a chunk of model audio: a delta on WebSockets, the media track otherwise. */
  sendAudio(ids: Record<string, unknown>, bytes: Uint8Array, samples: Int16Array, rate: number): void {
    if (this.transport === 'websocket') {
      this.emit('response.output_audio.delta', { ...ids, delta: Buffer.from(bytes).toString('base64') });
    } else this.#options.onOutputAudio?.(samples, rate);
  }

  /** VAD heard speech: barge in on the active default response when the session says so. */
  speechStarted(): void {
    clearTimeout(this.#idleTimer);
    const run = this.#defaultRun;
    if (!run || !this.config.turnDetection?.interrupt_response) return;
    if (this.transport !== 'websocket') {
      this.#options.onOutputAudioCleared?.();
      this.emit('output_audio_buffer.cleared', { response_id: run.id });
    }
    run.cancel('turn_detected');
  }

  /** A user audio turn ends (VAD or manual commit): committed, item events, transcription, maybe a response. */
  commitUserAudio(itemId: string, samples: Int16Array, fromVad: boolean): void {
    const previous = this.conversation.lastId();
    this.emit('input_audio_buffer.committed', { previous_item_id: previous, item_id: itemId });
    const item: ConversationItem = {
      id: itemId,
      object: 'realtime.item',
      type: 'message',
      status: 'completed',
      role: 'user',
      content: [{ type: 'input_audio', transcript: null }],
    };
    this.conversation.insert(item);
    this.conversation.setAudio(itemId, { bytes: this.#input.bytes(samples), format: this.config.inputFormat });
    // Recorded before the item events so observers of those events find the entry.
    const heard = startTranscription(this, item, samples);
    this.record({ itemId, role: 'user', kind: 'message', text: heard, via: 'audio' });
    this.announceItem(item, previous);
    const turn = this.config.turnDetection;
    if (fromVad && turn?.create_response && this.config.type === 'realtime') {
      // A response still closing after a barge-in answers first; this turn's response follows it.
      if (this.#defaultRun) this.#autoResponsePending = true;
      else this.createResponse(undefined);
    }
  }

  /** `conversation.item.added` + `.done` (GA) or `conversation.item.created` (beta). */
  announceItem(item: ConversationItem, previous: string | null): void {
    this.emit('conversation.item.added', { previous_item_id: previous, item: this.wireItem(item) });
    if (this.dialect === 'ga')
      this.emit('conversation.item.done', { previous_item_id: previous, item: this.wireItem(item) });
  }

  /** An item as server events show it (no audio bytes). */
  wireItem(item: ConversationItem): Record<string, unknown> {
    return itemToWire(item, this.dialect);
  }

  /** Adds a transcript entry. */
  record(entry: TranscriptEntry): void {
    this.transcript.push(entry);
  }

  /** Sends an event exactly as given (no `event_id` added), e.g. the SIP DTMF event. */
  emitRaw(event: Record<string, unknown>): void {
    if (this.#closed) return;
    this.#log('server', event);
    for (const send of this.#sinks) send(event);
  }

  /** Sends a server event, named by its GA name, to every sink. */
  emit(gaName: string, payload: Record<string, unknown>): void {
    if (this.#closed && gaName !== 'error') return;
    const event = { type: serverEventName(this.dialect, gaName), event_id: createId('event'), ...payload };
    this.#log('server', event);
    for (const send of this.#sinks) send(event);
  }

  /** Sends an `error` event (echoing the client's event id when the error says so). */
  sendError(error: ProtocolError, clientEventId: string | undefined): void {
    this.emit('error', { error: error.toBody(clientEventId) });
  }

  #log(direction: 'client' | 'server', event: Record<string, unknown>): void {
    const entry: LogEntry = { direction, event, at: Date.now() };
    this.log.push(entry);
    for (const listener of [...this.#logListeners]) listener(entry);
  }

  /** Calls `listener` with every log entry from now on; returns the unsubscription. */
  onLog(listener: (entry: LogEntry) => void): () => void {
    this.#logListeners.add(listener);
    return () => this.#logListeners.delete(listener);
  }

  #expire(maxDurationMs: number): void {
    const minutes = Math.round(maxDurationMs / 60000);
    const message = `Your session hit the maximum duration of ${minutes} minutes.`;
    this.sendError(new ProtocolError(message, { code: 'session_expired' }), undefined);
    this.close();
    this.#options.onClose?.(1001, message);
  }
}
