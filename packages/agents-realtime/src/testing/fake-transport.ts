import type { RealtimeAudioFormat } from '../audio/format';
import { TypedEventEmitter } from '../events/emitter';
import type { RealtimeItem, RealtimeUserInput } from '../protocol/items';
import type { RealtimeSessionConfig } from '../protocol/session-config';
import type {
  RealtimeTransportEventTypes,
  RealtimeTransportLayerStatus,
  TransportToolCallEvent,
} from '../transport/transport-events';
import type {
  RealtimeClientMessage,
  RealtimeTransportLayer,
  RealtimeTransportLayerConnectOptions,
} from '../transport/transport-layer';

/** One call recorded by {@link FakeTransport}. */
export type FakeTransportCall =
  | { method: 'connect'; options: RealtimeTransportLayerConnectOptions }
  | { method: 'close' }
  | { method: 'sendEvent'; event: RealtimeClientMessage }
  | { method: 'sendMessage'; message: RealtimeUserInput; otherEventData: Record<string, any> }
  | { method: 'addImage'; image: string }
  | { method: 'sendAudio'; audio: ArrayBuffer; commit: boolean }
  | { method: 'updateSessionConfig'; config: Partial<RealtimeSessionConfig> }
  | { method: 'sendFunctionCallOutput'; toolCall: TransportToolCallEvent; output: string; startResponse: boolean }
  | { method: 'mute'; muted: boolean }
  | { method: 'interrupt' }
  | { method: 'resetHistory'; oldHistory: RealtimeItem[]; newHistory: RealtimeItem[] };

/**
 * A transport that talks to nobody: it records every call in `calls` and lets a test drive the
 * session by emitting transport events (`fake.emit('function_call', {...})`). Use it to test
 * code built on `RealtimeSession` without a socket.
 *
 * @example
 * const transport = new FakeTransport();
 * const session = new RealtimeSession(agent, { transport });
 * await session.connect({ apiKey: 'test' });
 * transport.emit('item_update', { itemId: 'a', type: 'message', role: 'user', status: 'completed', content: [] });
 */
export class FakeTransport extends TypedEventEmitter<RealtimeTransportEventTypes> implements RealtimeTransportLayer {
  /** Every call, in order. */
  readonly calls: FakeTransportCall[] = [];
  status: RealtimeTransportLayerStatus = 'disconnected';
  muted: boolean | null = false;
  requiredAudioFormat: { input?: RealtimeAudioFormat; output?: RealtimeAudioFormat } | undefined;
  /** Make the next `connect()` fail with this error. */
  failNextConnect: unknown;

  constructor(options: { requiredAudioFormat?: { input?: RealtimeAudioFormat; output?: RealtimeAudioFormat } } = {}) {
    super();
    this.requiredAudioFormat = options.requiredAudioFormat;
  }

  /** Calls of one method, in order. */
  callsOf<M extends FakeTransportCall['method']>(method: M): Extract<FakeTransportCall, { method: M }>[] {
    return this.calls.filter((call): call is Extract<FakeTransportCall, { method: M }> => call.method === method);
  }

  async connect(options: RealtimeTransportLayerConnectOptions): Promise<void> {
    this.calls.push({ method: 'connect', options });
    if (this.failNextConnect !== undefined) {
      const error = this.failNextConnect;
      this.failNextConnect = undefined;
      throw error;
    }
    this.#setStatus('connected');
  }

  close(): void {
    this.calls.push({ method: 'close' });
    this.#setStatus('disconnected');
  }

  /** Simulates the connection dropping. */
  drop(error: unknown = new Error('connection dropped')): void {
    this.#setStatus('disconnected');
    this.emit('error', { type: 'error', error });
  }

  sendEvent(event: RealtimeClientMessage): void {
    this.calls.push({ method: 'sendEvent', event });
  }

  sendMessage(message: RealtimeUserInput, otherEventData: Record<string, any> = {}): void {
    this.calls.push({ method: 'sendMessage', message, otherEventData });
  }

  addImage(image: string): void {
    this.calls.push({ method: 'addImage', image });
  }

  sendAudio(audio: ArrayBuffer, options: { commit?: boolean } = {}): void {
    this.calls.push({ method: 'sendAudio', audio, commit: options.commit ?? false });
  }

  updateSessionConfig(config: Partial<RealtimeSessionConfig>): void {
    this.calls.push({ method: 'updateSessionConfig', config });
  }

  sendFunctionCallOutput(toolCall: TransportToolCallEvent, output: string, startResponse = true): void {
    this.calls.push({ method: 'sendFunctionCallOutput', toolCall, output, startResponse });
  }

  mute(muted: boolean): void {
    this.calls.push({ method: 'mute', muted });
    this.muted = muted;
  }

  interrupt(): void {
    this.calls.push({ method: 'interrupt' });
    this.emit('audio_interrupted');
  }

  resetHistory(oldHistory: RealtimeItem[], newHistory: RealtimeItem[]): void {
    this.calls.push({ method: 'resetHistory', oldHistory, newHistory });
  }

  #setStatus(status: RealtimeTransportLayerStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit('connection_change', status);
  }
}
