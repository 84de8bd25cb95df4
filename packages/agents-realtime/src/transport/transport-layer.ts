import type { RealtimeAudioFormat } from '../audio/format';
import type { RealtimeItem, RealtimeUserInput } from '../protocol/items';
import type { RealtimeSessionConfig } from '../protocol/session-config';
import type {
  RealtimeTransportEventTypes,
  RealtimeTransportLayerStatus,
  TransportToolCallEvent,
} from './transport-events';

/** Options of `RealtimeTransportLayer.connect`. */
export interface RealtimeTransportLayerConnectOptions {
  /** API key, ephemeral key, or a function returning one (called on each connect). */
  apiKey: string | (() => string | Promise<string>);
  /** Model to open the session on. */
  model?: string;
  /** Full endpoint URL (overrides the default `wss://api.openai.com/v1/realtime?model=...`). */
  url?: string;
  /** Session configuration sent in the first `session.update`. */
  initialSessionConfig?: Partial<RealtimeSessionConfig>;
  /** Attach to an existing SIP or WebRTC call (SIP transport). */
  callId?: string;
}

/** A raw client event: any JSON object with a `type`. */
export type RealtimeClientMessage = { type: string; [key: string]: any };

/**
 * The contract between a `RealtimeSession` and a connection to a speech-to-speech model.
 * `OpenAIRealtimeWebSocket`, `OpenAIRealtimeWebRTC` and `OpenAIRealtimeSIP` implement it; so can
 * your own transport (another provider, a telephony bridge wrapping one of ours, a test fake).
 *
 * A transport converts wire events into the typed `RealtimeTransportEventTypes` and owns
 * everything connection-specific: credentials, audio encoding, playback tracking and how an
 * interruption is carried out.
 */
export interface RealtimeTransportLayer {
  /** Current connection status; changes are announced with `connection_change`. */
  readonly status: RealtimeTransportLayerStatus;
  /** Whether the microphone is muted; `null` when the transport has no microphone of its own. */
  readonly muted: boolean | null;
  /**
   * Audio formats this transport needs when the user has not chosen any, e.g. G.711 μ-law for a
   * phone bridge. The session uses them instead of its PCM16 default; an explicit user setting
   * still wins (the transport then transcodes).
   */
  readonly requiredAudioFormat?: { input?: RealtimeAudioFormat; output?: RealtimeAudioFormat };

  /** Opens the connection and sends the initial configuration. Resolves once the session can be used. */
  connect(options: RealtimeTransportLayerConnectOptions): Promise<void>;
  /** Closes the connection. Safe to call twice. */
  close(): void;
  /** Sends a raw client event. */
  sendEvent(event: RealtimeClientMessage): void;
  /** Adds a user message (text or a message item) and, unless told otherwise, asks for a response. */
  sendMessage(
    message: RealtimeUserInput,
    otherEventData: Record<string, any>,
    options?: { triggerResponse?: boolean },
  ): void;
  /** Adds an image (a data URL) to the conversation. */
  addImage(image: string, options?: { triggerResponse?: boolean }): void;
  /** Sends user audio in the session's input format; `commit` closes the user turn (manual turns). */
  sendAudio(audio: ArrayBuffer, options?: { commit?: boolean }): void;
  /** Sends a (partial) configuration change. */
  updateSessionConfig(config: Partial<RealtimeSessionConfig>): void;
  /** Returns a tool's output to the model, optionally asking for the next response. */
  sendFunctionCallOutput(toolCall: TransportToolCallEvent, output: string, startResponse?: boolean): void;
  /** Mutes or unmutes the microphone (for transports that own it). */
  mute(muted: boolean): void;
  /**
   * Stops the current response and cuts the model's memory of its audio to what was played.
   * Emits `audio_interrupted`.
   */
  interrupt(): void;
  /** Makes the server's conversation match `newHistory` with the fewest create/delete events. */
  resetHistory(oldHistory: RealtimeItem[], newHistory: RealtimeItem[]): void;
  /** Answers an MCP approval request (GA only). */
  sendMcpResponse?(approvalRequest: { itemId: string }, approved: boolean): void;

  on<K extends keyof RealtimeTransportEventTypes>(
    event: K,
    listener: (...args: RealtimeTransportEventTypes[K]) => void,
  ): unknown;
  off<K extends keyof RealtimeTransportEventTypes>(
    event: K,
    listener: (...args: RealtimeTransportEventTypes[K]) => void,
  ): unknown;
  once?<K extends keyof RealtimeTransportEventTypes>(
    event: K,
    listener: (...args: RealtimeTransportEventTypes[K]) => void,
  ): unknown;
  emit<K extends keyof RealtimeTransportEventTypes>(event: K, ...args: RealtimeTransportEventTypes[K]): unknown;
}
