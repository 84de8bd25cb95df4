import { UserError } from '@parley/agents-core';
import { RealtimeConnectionError } from '../../errors/realtime-connection-error';
import { logger } from '../../logger';
import { OpenAIRealtimeBase, type OpenAIRealtimeBaseOptions } from '../openai-realtime-base';
import type { RealtimeClientMessage, RealtimeTransportLayerConnectOptions } from '../transport-layer';
import {
  WEBSOCKET_OPEN,
  factoryFromConstructor,
  getDefaultWebSocket,
  type WebSocketConstructorLike,
  type WebSocketFactory,
  type WebSocketLike,
} from './websocket-like';

/** Options of {@link OpenAIRealtimeWebSocket}. */
export interface OpenAIRealtimeWebSocketOptions extends OpenAIRealtimeBaseOptions {
  /** Endpoint URL. @default 'wss://api.openai.com/v1/realtime?model=<model>' */
  url?: string;
  /** A WebSocket constructor to use instead of the platform's (browser style, or `ws`). */
  WebSocket?: WebSocketConstructorLike;
  /** Full control over how the socket is opened (URL, subprotocols, headers). Wins over `WebSocket`. */
  createWebSocket?: WebSocketFactory;
  /**
   * Allow a regular API key where headers cannot be set (browsers). The key then travels in the
   * subprotocol list, visible to any script on the page; use ephemeral `ek_` keys instead.
   * @default false
   */
  useInsecureApiKey?: boolean;
  /**
   * How the key is sent: an `Authorization` header (Node, `ws`) or the subprotocol list (browsers,
   * which cannot set headers). @default 'header' where the WebSocket supports headers, else 'subprotocol'
   */
  authMethod?: 'header' | 'subprotocol';
}

const SDK_PROTOCOL_MARKER = 'openai-agents-sdk.parley';

function isBrowserLike(): boolean {
  const global = globalThis as { window?: unknown; document?: unknown; process?: { versions?: { node?: string } } };
  return global.process?.versions?.node === undefined;
}

/**
 * Connects to a realtime model over a WebSocket: `ws` in Node (the key goes in an
 * `Authorization` header), the native WebSocket in browsers (the key goes in the
 * `openai-insecure-api-key.<key>` subprotocol). Audio comes out as `audio` events; you play it
 * and feed microphone audio with `sendAudio`.
 *
 * @example
 * const transport = new OpenAIRealtimeWebSocket({ url: 'ws://localhost:8080/v1/realtime' });
 * await transport.connect({ apiKey: 'sk-test' });
 */
export class OpenAIRealtimeWebSocket extends OpenAIRealtimeBase {
  #url: string | undefined;
  #factory: WebSocketFactory | undefined;
  #supportsHeaders: boolean | undefined;
  #useInsecureApiKey: boolean;
  #authMethod: 'header' | 'subprotocol' | undefined;
  #socket: WebSocketLike | undefined;
  #closingByUser = false;
  #pendingConnect: { reject: (error: unknown) => void } | undefined;

  constructor(options: OpenAIRealtimeWebSocketOptions = {}) {
    super(options);
    this.#url = options.url;
    this.#useInsecureApiKey = options.useInsecureApiKey ?? false;
    this.#authMethod = options.authMethod;
    if (options.createWebSocket) {
      this.#factory = options.createWebSocket;
      this.#supportsHeaders = true;
    } else if (options.WebSocket) {
      this.#factory = factoryFromConstructor(options.WebSocket);
    }
  }

  /** The underlying socket while connected (for advanced use). */
  get socket(): WebSocketLike | undefined {
    return this.#socket;
  }

  /** Opens the socket and sends the first `session.update`; resolves once it is sent. */
  async connect(options: RealtimeTransportLayerConnectOptions): Promise<void> {
    if (this.status === 'connected' || this.status === 'connecting') {
      throw new UserError(`Cannot connect: the transport is already ${this.status}`);
    }
    if (options.model) this._model = options.model;
    this._setStatus('connecting');
    let apiKey: string;
    try {
      apiKey = typeof options.apiKey === 'function' ? await options.apiKey() : options.apiKey;
      if (typeof apiKey !== 'string' || apiKey.length === 0) throw new UserError('apiKey must be a non-empty string');
    } catch (error) {
      this._setStatus('disconnected');
      throw error;
    }
    const platform = getDefaultWebSocket();
    const factory = this.#factory ?? platform?.factory;
    if (!factory) {
      this._setStatus('disconnected');
      throw new UserError('No WebSocket implementation available; pass the WebSocket option');
    }
    const useHeaders = this.#authMethod
      ? this.#authMethod === 'header'
      : this.#factory
        ? (this.#supportsHeaders ?? !isBrowserLike())
        : (platform?.supportsHeaders ?? false);
    if (!useHeaders && !apiKey.startsWith('ek_') && !this.#useInsecureApiKey) {
      this._setStatus('disconnected');
      throw new UserError(
        'Refusing to send a regular API key from a browser-like environment; use an ephemeral key (ek_...) or set useInsecureApiKey: true',
      );
    }
    const url = this._endpointUrl(options);
    const headers: Record<string, string> = {};
    const protocols: string[] = [];
    if (useHeaders) {
      headers.Authorization = `Bearer ${apiKey}`;
      if (this.dialect === 'beta') headers['OpenAI-Beta'] = 'realtime=v1';
    } else {
      protocols.push('realtime', `openai-insecure-api-key.${apiKey}`, SDK_PROTOCOL_MARKER);
      if (this.dialect === 'beta') protocols.push('openai-beta.realtime-v1');
    }
    const initialSession = this._buildInitialSession(options.initialSessionConfig);
    // The URL carries no credentials (they go in a header or the subprotocol list).
    logger.debug('connecting to %s (%s dialect, key in %s)', url, this.dialect, useHeaders ? 'header' : 'subprotocol');

    await new Promise<void>((resolve, reject) => {
      let socket: WebSocketLike;
      try {
        socket = factory(url, { protocols, headers });
      } catch (error) {
        this._setStatus('disconnected');
        reject(new RealtimeConnectionError('connection_failed', 'Could not open the WebSocket', { cause: error }));
        return;
      }
      this.#socket = socket;
      this.#closingByUser = false;
      let opened = false;
      this.#pendingConnect = { reject };
      socket.onopen = () => {
        opened = true;
        this.#pendingConnect = undefined;
        logger.debug('connected');
        this._setStatus('connected');
        this.sendEvent({ type: 'session.update', session: initialSession });
        resolve();
      };
      socket.onmessage = (message) => {
        const data = message.data;
        this._onServerFrame(typeof data === 'string' ? data : String(data));
      };
      socket.onerror = () => {
        // Always followed by onclose, which reports it; nothing to do here.
      };
      socket.onclose = (event) => {
        const wasUser = this.#closingByUser;
        logger.debug('socket closed (code %s, by %s)', event.code, wasUser ? 'client' : 'server or network');
        this.#socket = undefined;
        this._resetConnectionState();
        this._setStatus('disconnected');
        if (!opened) {
          this.#pendingConnect = undefined;
          reject(
            new RealtimeConnectionError(
              'connection_failed',
              `WebSocket connection to the realtime endpoint failed${event.code ? ` (close code ${event.code})` : ''}`,
              { closeCode: event.code, closeReason: event.reason },
            ),
          );
          return;
        }
        if (!wasUser) {
          this.emit('error', {
            type: 'error',
            error: new RealtimeConnectionError(
              'connection_closed',
              `The realtime connection closed unexpectedly (code ${event.code ?? 'unknown'}${event.reason ? `: ${event.reason}` : ''})`,
              { closeCode: event.code, closeReason: event.reason },
            ),
          });
        }
      };
    });
  }

  /** The URL to open for `connect(options)`. */
  protected _endpointUrl(options: RealtimeTransportLayerConnectOptions): string {
    return options.url ?? this.#url ?? `wss://api.openai.com/v1/realtime?model=${encodeURIComponent(this._model)}`;
  }

  /** Sends a raw client event as JSON. When the socket is not open, emits a `not_connected` error. */
  sendEvent(event: RealtimeClientMessage): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== WEBSOCKET_OPEN) {
      this._notConnected(event);
      return;
    }
    socket.send(JSON.stringify(event));
  }

  /** Closes the socket. A second call does nothing. */
  close(): void {
    const socket = this.#socket;
    if (this.#pendingConnect) {
      this.#pendingConnect.reject(
        new RealtimeConnectionError('connection_failed', 'The connection was closed while connecting'),
      );
      this.#pendingConnect = undefined;
    }
    if (!socket) return;
    this.#closingByUser = true;
    this._setStatus('disconnecting');
    socket.close(1000, 'client closed');
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }
}
