import {
  OutputGuardrailTripwireTriggered,
  RunContext,
  type RunToolApprovalItem,
  Usage,
  type UnknownContext,
} from '@parley/agents-core';
import type { RealtimeAgent } from '../agent/realtime-agent';
import type { RealtimeContextData } from '../agent/realtime-context';
import type { RealtimeGuardrailResult } from '../agent/realtime-guardrail';
import { TypedEventEmitter } from '../events/emitter';
import type { RealtimeItem, RealtimeUserInput } from '../protocol/items';
import { normalizeAudioConfig } from '../protocol/session-config-mapping';
import type {
  TransportLayerAudio,
  TransportLayerResponseCompleted,
  TransportToolCallEvent,
} from '../transport/transport-events';
import type { RealtimeTransportLayer } from '../transport/transport-layer';
import { reduceHistory, isNewItem, type HistoryAction } from './history';
import { TurnMetricsRecorder, type RealtimeSessionMetrics } from './metrics';
import { OutputGuardrailRunner, type GuardrailTrip } from './output-guardrails';
import { buildSessionConfig, tracingConfig } from './session-config-builder';
import type { RealtimeSessionEventTypes } from './session-events';
import type { RealtimeSessionConnectOptions, RealtimeSessionOptions } from './session-options';
import { initialSessionState, reduceSessionState, type SessionInput, type SessionState } from './session-state';
import { ToolCalls } from './tool-calls';
import { ItemAudio } from './item-audio';
import { validateSessionOptions } from './validate-options';
import { createTransport } from './transport-choice';

/**
 * A live voice conversation with a realtime model: connects the transport, keeps the history,
 * runs tools (with approvals) and handoffs, checks the transcript with output guardrails, and
 * handles interruptions. Emits typed events (`RealtimeSessionEventTypes`).
 *
 * @example
 * const session = new RealtimeSession(agent, { transport: 'websocket' });
 * await session.connect({ apiKey: process.env.OPENAI_API_KEY! });
 * session.sendMessage('Hello!');
 */
export class RealtimeSession<TContext = UnknownContext> extends TypedEventEmitter<RealtimeSessionEventTypes<TContext>> {
  readonly initialAgent: RealtimeAgent<TContext>;
  readonly options: RealtimeSessionOptions<TContext>;
  #transport: RealtimeTransportLayer;
  #agent: RealtimeAgent<TContext>;
  #context: RunContext<RealtimeContextData<TContext>>;
  #history: RealtimeItem[] = [];
  #usage = new Usage();
  #metrics: TurnMetricsRecorder;
  #guardrails: OutputGuardrailRunner;
  #toolCalls: ToolCalls;
  /** Per assistant item: audio received and transcript streamed, to cut transcripts on truncation. */
  #itemAudio: ItemAudio;
  #state: SessionState = initialSessionState;
  #pendingTurnDone: TransportLayerResponseCompleted | undefined;
  #unsubscribe: Array<() => void> = [];
  #closed = false;

  constructor(agent: RealtimeAgent<TContext>, options: RealtimeSessionOptions<TContext> = {}) {
    super();
    validateSessionOptions(options);
    this.initialAgent = agent;
    this.#agent = agent;
    this.options = options;
    this.#transport = createTransport(options.transport, { model: options.model });
    this.#context = new RunContext<RealtimeContextData<TContext>>({
      ...((options.context ?? {}) as TContext),
      history: [],
    } as RealtimeContextData<TContext>);
    this.#metrics = new TurnMetricsRecorder(options.clock);
    this.#itemAudio = new ItemAudio(options.historyStoreAudio ?? false);
    this.#guardrails = new OutputGuardrailRunner(
      options.outputGuardrails ?? [],
      options.outputGuardrailSettings ?? {},
      async (guardrail, text) =>
        guardrail.execute({ agentOutput: text, agent: this.#agent, context: this.#context as any }),
    );
    this.#toolCalls = new ToolCalls({
      transport: this.#transport,
      context: this.#context,
      metrics: this.#metrics,
      clock: options.clock ?? (() => Date.now()),
      currentAgent: () => this.#agent,
      history: () => this.#history,
      switchAgent: (next) => this.updateAgent(next as RealtimeAgent<TContext>),
      setToolOutput: (toolCall, output, status) => this.#setToolOutput(toolCall, output, status),
      emit: (event, ...args) => this.emit(event as any, ...(args as any)),
      emitError: (error) => this.#emitError(error),
    });
    this.#listen();
  }

  /** The transport in use (send raw events with `session.transport.sendEvent`). */
  get transport(): RealtimeTransportLayer {
    return this.#transport;
  }

  /** The agent currently answering. */
  get currentAgent(): RealtimeAgent<TContext> {
    return this.#agent;
  }

  /** The conversation so far, kept consistent with the server. */
  get history(): RealtimeItem[] {
    return this.#history;
  }

  /** Token usage summed over all responses. */
  get usage(): Usage {
    return this.#usage;
  }

  /** The run context tools and guardrails receive. */
  get context(): RunContext<RealtimeContextData<TContext>> {
    return this.#context;
  }

  /** Whether the microphone is muted (`null` when the transport does not handle one). */
  get muted(): boolean | null {
    return this.#transport.muted;
  }

  /** Latency of each turn and p50/p95 over the session. */
  get metrics(): RealtimeSessionMetrics {
    return this.#metrics.summary();
  }

  /** Connects the transport and configures the session for the current agent. */
  async connect(options: RealtimeSessionConnectOptions): Promise<void> {
    this.#closed = false;
    const config = await buildSessionConfig(
      this.#agent,
      this.#context,
      this.options,
      this.#transport,
      options.initialSessionConfig,
    );
    config.tracing = tracingConfig(this.options);
    await this.#transport.connect({
      apiKey: options.apiKey,
      model: options.model ?? this.options.model,
      url: options.url,
      initialSessionConfig: config,
      ...(options.callId ? { callId: options.callId } : {}),
    });
  }

  /** Switches to another agent: new instructions and tools, same conversation and voice. */
  async updateAgent(agent: RealtimeAgent<TContext>): Promise<RealtimeAgent<TContext>> {
    this.#agent = agent;
    const config = await buildSessionConfig(agent, this.#context, this.options, this.#transport);
    // The voice cannot change once the model has spoken, and tracing cannot change once enabled.
    if (config.audio?.output) delete config.audio.output.voice;
    delete config.voice;
    delete config.tracing;
    this.#transport.updateSessionConfig(config);
    return agent;
  }

  /** Sends a user message (text or a message item) and asks for a response. */
  sendMessage(message: RealtimeUserInput, otherEventData: Record<string, any> = {}): void {
    this.#metrics.endOfInput();
    this.#transport.sendMessage(message, otherEventData);
  }

  /** Adds an image (data URL) to the conversation. */
  addImage(image: string, options: { triggerResponse?: boolean } = {}): void {
    this.#transport.addImage(image, options);
  }

  /** Sends user audio; `commit: true` ends the user turn (manual turn detection). */
  sendAudio(audio: ArrayBuffer, options: { commit?: boolean } = {}): void {
    if (options.commit) this.#metrics.endOfInput();
    this.#transport.sendAudio(audio, options);
  }

  /** Mutes or unmutes the microphone. */
  mute(muted: boolean): void {
    this.#transport.mute(muted);
  }

  /** Stops the agent and cuts its memory of the current answer to what was heard. */
  interrupt(): void {
    this.#transport.interrupt();
  }

  /**
   * Replaces the history: pass the wanted list, or a function of the current one. Sends the
   * minimal delete/create events; the history updates as the server confirms.
   */
  updateHistory(history: RealtimeItem[] | ((current: RealtimeItem[]) => RealtimeItem[])): void {
    const wanted = typeof history === 'function' ? history(this.#history) : history;
    try {
      this.#transport.resetHistory(this.#history, wanted);
    } catch (error) {
      this.#emitError(error);
    }
  }

  /**
   * Approves a tool call that emitted `tool_approval_requested` and runs it. The tool's result
   * goes to the model; `agent_tool_end` (or `error`) reports how it went.
   */
  approve(approvalItem: RunToolApprovalItem, options: { alwaysApprove?: boolean } = {}): void {
    this.#toolCalls.approve(approvalItem, options);
  }

  /** Rejects a tool call that emitted `tool_approval_requested`; the model is told it was refused. */
  reject(approvalItem: RunToolApprovalItem, options: { alwaysReject?: boolean } = {}): void {
    this.#toolCalls.reject(approvalItem, options);
  }

  /** Closes the connection; pending approvals are dropped. A second call does nothing. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#toolCalls.onDisconnected(false);
    this.#transport.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }

  #emitError(error: unknown): void {
    this.emit('error', { type: 'error', error });
  }

  #apply(action: HistoryAction, added?: RealtimeItem): void {
    const next = reduceHistory(this.#history, action);
    if (next === this.#history) return;
    this.#history = next;
    if (added) this.emit('history_added', next.find((item) => item.itemId === added.itemId) ?? added);
    this.emit('history_updated', this.#history);
  }

  #listen(): void {
    const transport = this.#transport;
    const on = <K extends Parameters<RealtimeTransportLayer['on']>[0]>(
      event: K,
      listener: (...args: any[]) => void,
    ): void => {
      transport.on(event, listener as any);
      this.#unsubscribe.push(() => transport.off(event, listener as any));
    };
    on('*', (event) => this.emit('transport_event', event));
    on('error', (event) => this.#emitError(event.error));
    on('connection_change', (status) => this.#dispatch({ type: 'connection', status }));
    on('turn_started', (event) => {
      this.#metrics.responseCreated(event.responseId);
      this.#dispatch({ type: 'turn_started', responseId: event.responseId });
    });
    on('turn_done', (event) => {
      this.#pendingTurnDone = event;
      this.#dispatch({ type: 'turn_done' });
    });
    on('usage_update', (usage) => this.#usage.add(usage));
    on('audio', (event: TransportLayerAudio) => this.#onAudio(event));
    on('audio_done', () => this.#dispatch({ type: 'audio_done' }));
    on('audio_interrupted', () => this.#dispatch({ type: 'audio_interrupted' }));
    on('audio_playback_started', () => {
      this.#metrics.playbackStarted();
      // Over WebRTC the audio never passes through the session, so playback starting is the
      // first sign of it; where audio events came first the reducer ignores this repeat.
      if (this.#state.responseId) this.#dispatch({ type: 'audio', responseId: this.#state.responseId });
    });
    on('speech_stopped', () => this.#metrics.endOfInput());
    on('audio_transcript_delta', (event) => {
      this.#itemAudio.onTranscriptDelta(event.itemId, event.delta);
      void this.#guardrails.onDelta(event.itemId, event.responseId, event.delta).then((trip) => this.#onTrip(trip));
    });
    on('item_update', (item: RealtimeItem) => this.#onItemUpdate(item));
    on('item_deleted', (event) => {
      this.#apply({ type: 'delete', itemId: event.itemId });
      this.#itemAudio.delete(event.itemId);
    });
    on('item_truncated', (event) => this.#onTruncated(event.itemId, event.audioEndMs));
    on('input_audio_transcription_completed', (event) =>
      this.#apply({
        type: 'input_transcript',
        itemId: event.itemId,
        contentIndex: event.contentIndex,
        transcript: event.transcript,
      }),
    );
    on('function_call', (toolCall: TransportToolCallEvent) => {
      this.#toolCalls.handle(toolCall).catch((error: unknown) => this.#emitError(error));
    });
  }

  /** Runs one input through the state machine and carries out its effects. */
  #dispatch(input: SessionInput): void {
    const { state, effects } = reduceSessionState(this.#state, input);
    this.#state = state;
    for (const effect of effects) {
      switch (effect) {
        case 'agent_start':
          this.emit('agent_start', this.#context, this.#agent);
          break;
        case 'audio_start':
          this.#metrics.firstAudio();
          this.emit('audio_start', this.#context, this.#agent);
          break;
        case 'audio_stopped':
          this.emit('audio_stopped', this.#context, this.#agent);
          break;
        case 'audio_interrupted':
          this.emit('audio_interrupted', this.#context, this.#agent);
          break;
        case 'agent_end':
          if (this.#pendingTurnDone) this.#onTurnDone(this.#pendingTurnDone);
          this.#pendingTurnDone = undefined;
          break;
        case 'connection_lost':
          this.#toolCalls.onDisconnected(!this.#closed);
          break;
      }
    }
  }

  #onAudio(event: TransportLayerAudio): void {
    this.#dispatch({ type: 'audio', responseId: event.responseId });
    if (event.itemId) this.#itemAudio.onAudio(event.itemId, event.data, this.#outputFormat());
    this.emit('audio', event);
  }

  #outputFormat() {
    const transport = this.#transport as { serverSession?: Record<string, any> };
    const session = transport.serverSession;
    return (
      session?.audio?.output?.format ??
      session?.output_audio_format ??
      normalizeAudioConfig(this.options.config ?? {}).outputFormat ??
      this.#transport.requiredAudioFormat?.output
    );
  }

  #onItemUpdate(item: RealtimeItem): void {
    let next = item;
    const cut = this.#itemAudio.cutTranscript(item.itemId);
    if (cut !== undefined && item.type === 'message' && item.role === 'assistant') {
      next = {
        ...item,
        content: item.content.map((part) => (part.type === 'output_audio' ? { ...part, transcript: cut } : part)),
      };
    }
    const added = isNewItem(this.#history, next) ? next : undefined;
    this.#apply({ type: 'upsert', item: next }, added);
    if (this.options.historyStoreAudio && item.type === 'message' && item.status === 'completed') {
      const audio = this.#itemAudio.audioBase64(item.itemId);
      if (audio) this.#apply({ type: 'audio', itemId: item.itemId, audio });
    }
  }

  #onTruncated(itemId: string, audioEndMs: number): void {
    const item = this.#history.find((candidate) => candidate.itemId === itemId);
    const known =
      item?.type === 'message' ? item.content.find((part) => part.type === 'output_audio')?.transcript : undefined;
    const kept = this.#itemAudio.cut(itemId, audioEndMs, known);
    this.#apply({ type: 'assistant_transcript', itemId, transcript: kept });
  }

  #onTurnDone(event: TransportLayerResponseCompleted): void {
    const metrics = this.#metrics.responseDone();
    if (metrics) this.emit('turn_metrics', metrics);
    const output = (event.response.output as RealtimeItem[]).filter(
      (item): item is Extract<RealtimeItem, { type: 'message' }> =>
        item.type === 'message' && item.role === 'assistant',
    );
    const last = output.at(-1);
    const text =
      last?.content.map((part: any) => (part.type === 'output_text' ? part.text : (part.transcript ?? ''))).join('') ??
      '';
    for (const item of output) {
      const itemText = item.content
        .map((part: any) => (part.type === 'output_text' ? part.text : (part.transcript ?? '')))
        .join('');
      void this.#guardrails.onDone(item.itemId, event.response.id, itemText).then((trip) => this.#onTrip(trip));
    }
    this.emit('agent_end', this.#context, this.#agent, this.#itemAudio.cutTranscript(last?.itemId ?? '') ?? text);
  }

  #onTrip(trip: GuardrailTrip | undefined): void {
    if (!trip || this.#transport.status !== 'connected') return;
    const result: RealtimeGuardrailResult = {
      guardrail: { type: 'output', name: trip.guardrail.name, policyHint: trip.guardrail.policyHint },
      agentOutput: trip.text,
      agent: this.#agent,
      output: trip.output,
    };
    const error = new OutputGuardrailTripwireTriggered<RealtimeGuardrailResult>(
      `Output guardrail triggered: ${trip.guardrail.name}`,
      result,
    );
    this.emit('guardrail_tripped', this.#context, this.#agent, error, { itemId: trip.itemId });
    // Interrupting also clears audio the server already queued (WebRTC's output buffer).
    const audioPlaying = this.#itemAudio.audioMs(trip.itemId) > 0 || this.#state.audioStarted;
    if (audioPlaying) this.#transport.interrupt();
    else this.#transport.sendEvent({ type: 'response.cancel', response_id: trip.responseId });
    const hint = trip.guardrail.policyHint ?? trip.guardrail.name;
    this.#transport.sendMessage(
      `Your previous answer was stopped by the output guardrail "${hint}". Do not repeat it; answer in a way that respects that policy.`,
      {},
    );
  }

  #setToolOutput(toolCall: TransportToolCallEvent, output: string, status: 'completed' | 'incomplete'): void {
    if (toolCall.id) this.#apply({ type: 'tool_output', itemId: toolCall.id, output, status });
  }
}
