import { type IncomingMessage, STATUS_CODES, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { defaultBrain } from '../brain/default-brain';
import type { Brain } from '../brain/types';
import type { FaultOptions } from '../faults/faults';
import { handleChatCompletions } from '../responses-api/chat-completions';
import { handleResponsesRequest } from '../responses-api/handler';
import { SipCalls } from '../sip/sip-calls';
import type { Pacing } from '../session/pacing';
import { RealtimeSession, type RealtimeSessionOptions } from '../session/realtime-session';
import { type SessionConfig, defaultSessionConfig } from '../session/session-config';
import { handleClientSecrets } from './client-secrets-route';
import { ClientSecretStore } from './client-secrets';
import { EmulatorConnection, faultySender, rateLimitedReceiver } from './connection';
import { readHandshake } from './credentials';
import { attachSideband } from './sideband';
import type { EmulatorOptions } from './emulator-options';
import { sendError } from './http-utils';
import { createPrinter } from './printer';

/** Options for a session attached by another transport (WebRTC data channel and tracks). */
export type AttachSessionOptions = Omit<RealtimeSessionOptions, 'brain' | 'pacing'> & {
  brain?: Brain;
  pacing?: Pacing;
};

/** A running emulator. */
export class Emulator {
  readonly port: number;
  readonly host: string;
  /** `ws://HOST:PORT/v1/realtime` */
  readonly url: string;
  /** `http://HOST:PORT/v1` */
  readonly httpUrl: string;
  /** Every connection so far, in order of arrival. */
  readonly connections: EmulatorConnection[] = [];
  /** Faults applied to connections made from now on. */
  faults: FaultOptions;
  readonly brain: Brain;
  readonly pacing: Pacing;
  readonly clientSecrets = new ClientSecretStore();
  /** The SIP flow: simulate incoming calls, watch their state. */
  readonly sip: SipCalls;
  readonly options: EmulatorOptions;
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #waiting: Array<(connection: EmulatorConnection) => void> = [];
  readonly #calls = new Map<string, EmulatorConnection>();
  readonly #print: ((connection: EmulatorConnection) => void) | undefined;
  #closing: Promise<void> | undefined;

  /** @internal Use {@link startEmulator}. */
  constructor(server: Server, wss: WebSocketServer, options: EmulatorOptions) {
    this.#server = server;
    this.#wss = wss;
    this.options = options;
    const address = server.address() as AddressInfo;
    this.port = address.port;
    this.host = options.host ?? '127.0.0.1';
    const shownHost = this.host.includes(':') ? `[${this.host}]` : this.host;
    this.url = `ws://${shownHost}:${this.port}/v1/realtime`;
    this.httpUrl = `http://${shownHost}:${this.port}/v1`;
    this.faults = { ...options.faults };
    this.brain = options.brain ?? defaultBrain;
    this.pacing = options.pacing ?? 'fast';
    this.sip = new SipCalls(this);
    if (options.log)
      this.#print = createPrinter(typeof options.log === 'function' ? options.log : (line) => console.log(line));
  }

  /** Resolves with the next connection to arrive (WebSocket, attached transport or accepted SIP call). */
  nextConnection(): Promise<EmulatorConnection> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** True when a bearer key may use the API: an unexpired `ek_` key from this emulator, or a key `apiKeys` accepts. */
  isAuthorized(key: string | undefined): boolean {
    if (!key) return false;
    if (key.startsWith('ek_')) return this.clientSecrets.lookup(key) !== undefined;
    return this.options.apiKeys ? this.options.apiKeys(key) : true;
  }

  /** The configuration a session started with `key` begins with (an `ek_` key's session, or the defaults). */
  sessionConfigFor(key: string | undefined): SessionConfig {
    const secret = key ? this.clientSecrets.lookup(key) : undefined;
    const fresh = defaultSessionConfig();
    return secret ? { ...secret.config, id: fresh.id, expiresAt: fresh.expiresAt } : fresh;
  }

  /**
   * Runs a session for a transport other than the WebSocket (a WebRTC data channel and tracks):
   * the session uses this emulator's brain and pacing, is listed in `connections`, and starts at once
   * (its `session.created` goes to `options.send`).
   */
  attachSession(options: AttachSessionOptions): EmulatorConnection {
    const session = new RealtimeSession({
      maxDurationMs: this.options.maxSessionDurationMs,
      maxEventBytes: this.options.maxEventBytes,
      ...options,
      brain: options.brain ?? this.brain,
      pacing: options.pacing ?? this.pacing,
      speech: options.speech ?? this.options.speech,
    });
    const connection = new EmulatorConnection(session, (code, reason) => options.onClose?.(code, reason));
    this.register(connection);
    session.start();
    return connection;
  }

  /**
   * Makes a call's session reachable by `?call_id=` sideband sockets until the call ends (SIP calls
   * register on accept; the WebRTC entry point registers its calls). Returns the unregistration.
   */
  registerCall(callId: string, connection: EmulatorConnection): () => void {
    this.#calls.set(callId, connection);
    const remove = () => {
      if (this.#calls.get(callId) === connection) this.#calls.delete(callId);
    };
    void connection.closed.then(remove);
    return remove;
  }

  /** @internal Lists a connection and wakes whoever waits for one. */
  register(connection: EmulatorConnection): void {
    this.connections.push(connection);
    this.#print?.(connection);
    for (const resolve of this.#waiting.splice(0)) resolve(connection);
  }

  /** @internal WebSocket upgrade on `/v1/realtime`. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const refuse = (status: number, message: string) => {
      const body = JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code: null } });
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    };
    if (url.pathname !== '/v1/realtime') return refuse(404, `No WebSocket endpoint at ${url.pathname}.`);
    if (this.faults.refuseHandshake) return refuse(this.faults.refuseHandshake, 'Handshake refused (fault injection).');
    const handshake = readHandshake(request);
    if (!this.isAuthorized(handshake.key)) {
      return refuse(401, 'Incorrect API key provided, or no key at all. Send Authorization: Bearer <key>.');
    }
    const callId = url.searchParams.get('call_id');
    const call = callId ? this.#calls.get(callId) : undefined;
    if (callId && !call) return refuse(404, `No active call ${callId}.`);
    this.#wss.handleUpgrade(request, socket, head, (ws) => {
      if (call) attachSideband(call, ws, this.faults);
      else this.#openSession(ws, handshake.dialect, this.sessionConfigFor(handshake.key), url);
    });
  }

  #openSession(ws: WebSocket, dialect: 'ga' | 'beta', config: SessionConfig, url: URL): void {
    const faults = { ...this.faults };
    const model = url.searchParams.get('model');
    if (model) config.model = model;
    if (url.searchParams.get('intent') === 'transcription') config.type = 'transcription';
    const session = new RealtimeSession({
      send: faultySender(ws, faults),
      dialect,
      brain: this.brain,
      pacing: this.pacing,
      speech: this.options.speech,
      config,
      maxDurationMs: this.options.maxSessionDurationMs,
      maxEventBytes: this.options.maxEventBytes,
      onClose: (code, reason) => ws.close(code, reason),
    });
    const connection = new EmulatorConnection(session, (code, reason) => ws.close(code, reason));
    const receive = rateLimitedReceiver(session, faults);
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        session.receive(`<binary frame of ${(data as Buffer).length} bytes>`);
        return;
      }
      receive((data as Buffer).toString('utf8'));
    });
    ws.on('close', () => connection.markClosed());
    ws.on('error', () => connection.markClosed());
    this.register(connection);
    session.start();
  }

  /** @internal Plain HTTP requests. */
  async handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      // Control of a simulated SIP call comes first: extensions (WebRTC) own the other call ids.
      const sipCall = /^\/v1\/realtime\/calls\/([^/]+)\/(accept|reject|refer|hangup)$/.exec(url.pathname);
      if (request.method === 'POST' && sipCall?.[1] && this.sip.calls.has(decodeURIComponent(sipCall[1]))) {
        await this.sip.control(decodeURIComponent(sipCall[1]), sipCall[2] as 'accept', request, response);
        return;
      }
      for (const extension of this.options.extensions ?? []) if (await extension(request, response, this)) return;
      if (request.method === 'GET' && (url.pathname === '/' || url.pathname === '/health')) {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(`parley realtime emulator: ${this.url}\n`);
        return;
      }
      if (request.method === 'POST' && (await this.#route(url.pathname, request, response))) return;
      sendError(response, 404, `Unknown route: ${request.method ?? 'GET'} ${url.pathname}`, { code: 'not_found' });
    } catch (error) {
      if (!response.headersSent)
        sendError(response, 500, error instanceof Error ? error.message : String(error), { type: 'server_error' });
      else response.end();
    }
  }

  async #route(path: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    if (
      path === '/v1/realtime/client_secrets' ||
      path === '/v1/realtime/sessions' ||
      path === '/v1/realtime/transcription_sessions'
    ) {
      await handleClientSecrets(this, path, request, response);
      return true;
    }
    if (path === '/v1/chat/completions') {
      await handleChatCompletions(this, request, response);
      return true;
    }
    if (path === '/v1/responses') {
      await handleResponsesRequest(this, request, response);
      return true;
    }
    const call = /^\/v1\/realtime\/calls\/([^/]+)\/(accept|reject|refer|hangup)$/.exec(path);
    if (call?.[1] && call[2]) {
      await this.sip.control(decodeURIComponent(call[1]), call[2] as 'accept', request, response);
      return true;
    }
    return false;
  }

  /** Closes every connection and the server. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      for (const connection of this.connections) connection.close(1001, 'Emulator closing');
      for (const client of this.#wss.clients) client.terminate();
      this.sip.closeAll();
      this.#wss.close();
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
    return this.#closing;
  }

  /** Same as {@link Emulator.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/**
 * Starts the emulator: the Realtime WebSocket at `/v1/realtime`, client secrets, the SIP call
 * endpoints and the Responses API at `/v1/...`.
 *
 * @example
 * await using emulator = await startEmulator();
 * const socket = new WebSocket(emulator.url, { headers: { Authorization: 'Bearer sk-test' } });
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const wss = new WebSocketServer({
    noServer: true,
    // Frames over maxEventBytes get an error event and the socket stays open; only far larger
    // frames hit the socket's own limit, which closes it (1009).
    maxPayload: Math.max(2 * (options.maxEventBytes ?? 21 * 1024 * 1024), 64 * 1024 * 1024),
    handleProtocols: (protocols) => (protocols.has('realtime') ? 'realtime' : ([...protocols][0] ?? false)),
  });
  // The handlers exist before the emulator does (it needs the bound port); they find it here.
  const holder: { emulator?: Emulator } = {};
  const server = createServer((request, response) => {
    if (holder.emulator) void holder.emulator.handleHttp(request, response);
  });
  server.on('upgrade', (request, socket, head) => holder.emulator?.upgrade(request, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  holder.emulator = new Emulator(server, wss, options);
  return holder.emulator;
}
