import type { RealtimeServerEvent } from '../../protocol/server-events';
import { OpenAIRealtimeBase } from '../openai-realtime-base';
import type { RealtimeClientMessage, RealtimeTransportLayerConnectOptions } from '../transport-layer';
import { resolveBrowserApiKey } from './api-key';
import { placeWebRTCCall, type WebRTCCall } from './webrtc-call';
import { WebRTCIceError } from './webrtc-errors';
import type { OpenAIRealtimeWebRTCOptions } from './webrtc-options';

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** `connect()` waits this long for the first `session.updated`, then resolves anyway. */
const SESSION_UPDATED_FALLBACK_MS = 5_000;

/** The live connection of an {@link OpenAIRealtimeWebRTC}, for callers that need the raw objects. */
export type WebRTCState =
  | {
      status: 'disconnected' | 'connecting' | 'disconnecting';
      peerConnection: undefined;
      dataChannel: undefined;
      callId: undefined;
    }
  | { status: 'connected'; peerConnection: RTCPeerConnection; dataChannel: RTCDataChannel; callId: string | undefined };

/**
 * The browser transport: a WebRTC call to the Realtime API. The microphone goes up as an Opus
 * track, the model's voice comes back on another and plays through an `<audio>` element, and
 * every protocol event travels on the `oai-events` data channel. The server owns playback, so
 * interrupting clears the server's output buffer instead of truncating items client-side.
 *
 * @example
 * const transport = new OpenAIRealtimeWebRTC({ baseUrl: 'http://127.0.0.1:8080/v1' });
 * await transport.connect({ apiKey: async () => (await fetch('/token')).text() });
 */
export class OpenAIRealtimeWebRTC extends OpenAIRealtimeBase {
  readonly #options: OpenAIRealtimeWebRTCOptions;
  #call: WebRTCCall | undefined;
  /** A microphone stream this transport opened itself (and so must stop). */
  #ownedStream: MediaStream | undefined;
  #audioElement: HTMLAudioElement | undefined;
  #disconnectTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set between our own `output_audio_buffer.clear` and the server's `cleared`. */
  #clearRequested = false;
  #onSessionUpdated: (() => void) | undefined;
  /** The assistant item whose audio part opened last: what `output_audio_buffer.started` is playing. */
  #audioItemId: string | undefined;
  /** Bumped by every connect and close, so a connect that lost a race with close() backs out. */
  #attempt = 0;

  constructor(options: OpenAIRealtimeWebRTCOptions = {}) {
    super({ model: options.model });
    this.#options = options;
  }

  /** The peer connection, data channel and call id while connected. */
  get connectionState(): WebRTCState {
    const call = this.#call;
    if (this.status === 'connected' && call) {
      return {
        status: 'connected',
        peerConnection: call.peerConnection,
        dataChannel: call.dataChannel,
        callId: call.callId,
      };
    }
    return {
      status: this.status === 'connected' ? 'connecting' : this.status,
      peerConnection: undefined,
      dataChannel: undefined,
      callId: undefined,
    };
  }

  /** The call id from the calls endpoint's `Location` header (for a server-side sideband socket). */
  get callId(): string | undefined {
    return this.#call?.callId;
  }

  /** The element the model's audio plays through (created on first connect when none was given). */
  get audioElement(): HTMLAudioElement | undefined {
    return this.#audioElement ?? this.#options.audioElement;
  }

  /**
   * Places the call: opens the microphone (unless a `mediaStream` was given), exchanges SDP with
   * `${baseUrl}/realtime/calls` (or `options.url`), waits for the data channel, sends the initial
   * `session.update` and resolves on the first `session.updated` (or after 5 s).
   *
   * @throws {UserError} for a non-ephemeral key without `useInsecureApiKey`.
   * @throws {WebRTCSdpExchangeError} when the calls endpoint refuses the offer.
   * @throws {WebRTCIceError} when ICE fails or the data channel does not open in time.
   */
  async connect(options: Partial<RealtimeTransportLayerConnectOptions> = {}): Promise<void> {
    if (this.status === 'connected' || this.status === 'connecting') return;
    if (options.model) this._model = options.model;
    const attempt = ++this.#attempt;
    this._setStatus('connecting');
    try {
      const apiKey = await resolveBrowserApiKey(
        options.apiKey ?? this.#options.apiKey,
        this.#options.useInsecureApiKey ?? false,
      );
      const mediaStream = this.#options.mediaStream ?? (await this.#openMicrophone());
      const audioElement = this.#options.audioElement ?? this.#createAudioElement();
      this.#audioElement = audioElement;
      const call = await placeWebRTCCall({
        url: options.url ?? `${(this.#options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '')}/realtime/calls`,
        apiKey,
        mediaStream,
        audioElement,
        fetch: this.#options.fetch ?? globalThis.fetch.bind(globalThis),
        changePeerConnection: this.#options.changePeerConnection,
        openTimeoutMs: this.#options.connectTimeoutMs ?? 10_000,
      });
      if (attempt !== this.#attempt) {
        // close() ran while the call was being placed.
        call.peerConnection.close();
        return;
      }
      this.#call = call;
      this.#wire(call);
      this.#applyMute();
      const updated = this.#waitForSessionUpdated();
      this.sendEvent({ type: 'session.update', session: this._buildInitialSession(options.initialSessionConfig) });
      this._setStatus('connected');
      await updated;
    } catch (error) {
      if (attempt === this.#attempt) {
        this.#teardown();
        this._setStatus('disconnected');
      }
      throw error;
    }
  }

  /** Sends one client event as JSON on `oai-events`; emits a `not_connected` error when the channel is not open. */
  sendEvent(event: RealtimeClientMessage): void {
    const channel = this.#call?.dataChannel;
    if (!channel || channel.readyState !== 'open') {
      this._notConnected(event);
      return;
    }
    channel.send(JSON.stringify(event));
  }

  /** Mutes or unmutes the microphone by disabling its track: no audio reaches the server while muted. */
  override mute(muted: boolean): void {
    super.mute(muted);
    this.#applyMute();
  }

  /**
   * Stops the model talking: cancels the active response and clears the server's output buffer
   * (`output_audio_buffer.clear`). The server knows what was played, so nothing is truncated here.
   */
  override interrupt(): void {
    if (this.responseActive) this.sendEvent({ type: 'response.cancel' });
    this.#clearRequested = true;
    this.sendEvent({ type: 'output_audio_buffer.clear' });
    this.playback.reset();
    this.emit('audio_interrupted');
  }

  /** Hangs up: closes the data channel and peer connection and releases a microphone opened here. */
  close(): void {
    if (this.status === 'disconnected') return;
    this.#attempt++;
    this._setStatus('disconnecting');
    this.#teardown();
    this._setStatus('disconnected');
  }

  /** The server handles barge-in on WebRTC (it clears its own output buffer), so nothing to do here. */
  protected override _onSpeechStarted(): void {}

  protected override _handleServerEvent(event: RealtimeServerEvent): void {
    super._handleServerEvent(event);
    if (event.type === 'session.updated') this.#onSessionUpdated?.();
    if (event.type === 'response.content_part.added' && event.part?.type === 'audio') this.#audioItemId = event.item_id;
    if (event.type === 'output_audio_buffer.started' && this.#audioItemId) {
      // The server plays the audio itself, so the start of its output buffer is the start of playback.
      this.emit('audio_playback_started', { itemId: this.#audioItemId });
    }
    if (event.type === 'output_audio_buffer.cleared') {
      // A clear we asked for was already announced by interrupt(); one from server VAD was not.
      if (this.#clearRequested) this.#clearRequested = false;
      else this.emit('audio_interrupted');
    }
  }

  #wire(call: WebRTCCall): void {
    call.dataChannel.addEventListener('message', (message: MessageEvent) => this._onServerFrame(message.data));
    call.dataChannel.addEventListener('close', () => {
      if (this.#call !== call) return;
      this.emit('error', {
        type: 'error',
        error: new WebRTCIceError(
          'connection_closed',
          'The oai-events data channel closed',
          call.peerConnection.connectionState,
        ),
      });
      this.close();
    });
    call.peerConnection.addEventListener('connectionstatechange', () => {
      if (this.#call !== call) return;
      const state = call.peerConnection.connectionState;
      clearTimeout(this.#disconnectTimer);
      if (state === 'failed') {
        this.emit('error', {
          type: 'error',
          error: new WebRTCIceError('connection_closed', 'ICE connection failed', state),
        });
        this.close();
      } else if (state === 'disconnected') {
        // Brief disconnections recover on their own; a lasting one ends the call.
        this.#disconnectTimer = setTimeout(() => {
          this.emit('error', {
            type: 'error',
            error: new WebRTCIceError('connection_closed', 'The peer connection stayed disconnected', state),
          });
          this.close();
        }, this.#options.disconnectTimeoutMs ?? 5_000);
      }
    });
  }

  #waitForSessionUpdated(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, SESSION_UPDATED_FALLBACK_MS);
      const onClose = (status: string): void => {
        if (status === 'disconnected') done();
      };
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#onSessionUpdated = () => {
        this.#onSessionUpdated = undefined;
        this.off('connection_change', onClose);
        done();
      };
      this.on('connection_change', onClose);
    });
  }

  #applyMute(): void {
    const track = this.#call?.audioSender?.track;
    if (track) track.enabled = !this._muted;
  }

  async #openMicrophone(): Promise<MediaStream> {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    this.#ownedStream = stream;
    return stream;
  }

  #createAudioElement(): HTMLAudioElement {
    const element = document.createElement('audio');
    element.autoplay = true;
    return element;
  }

  #teardown(): void {
    clearTimeout(this.#disconnectTimer);
    this.#onSessionUpdated?.();
    const call = this.#call;
    this.#call = undefined;
    this.#clearRequested = false;
    this.#audioItemId = undefined;
    if (call) {
      call.dataChannel.close();
      call.peerConnection.close();
    }
    for (const track of this.#ownedStream?.getTracks() ?? []) track.stop();
    this.#ownedStream = undefined;
    if (this.#audioElement) this.#audioElement.srcObject = null;
    this._resetConnectionState();
  }
}
