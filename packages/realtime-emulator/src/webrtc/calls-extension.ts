import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProtocolError } from '../protocol/errors';
import type { EmulatorConnection } from '../server/connection';
import type { Emulator } from '../server/emulator';
import type { EmulatorExtension } from '../server/emulator-options';
import { applyGaUpdate } from '../session/session-update';
import { CallRequestError, readCallRequest } from './call-request';
import type { RealtimePeerOptions } from './realtime-peer';
import { SdpOfferError } from './realtime-peer';
import { WebRTCCall } from './webrtc-call';

/** Options of {@link webrtcCalls}. */
export interface WebRTCCallsOptions {
  /** Peer connection options for every call (ICE host addresses). */
  peer?: RealtimePeerOptions;
}

/** Live WebRTC calls of one emulator, by call id. */
const calls = new WeakMap<Emulator, Map<string, WebRTCCall>>();

/** The live WebRTC calls of `emulator`, by call id (`rtc_...`). */
export function webrtcCallsOf(emulator: Emulator): ReadonlyMap<string, WebRTCCall> {
  return callsOf(emulator);
}

function callsOf(emulator: Emulator): Map<string, WebRTCCall> {
  let map = calls.get(emulator);
  if (!map) calls.set(emulator, (map = new Map()));
  return map;
}

/**
 * The emulator's WebRTC endpoints, mounted with `startEmulator({ extensions: [webrtcCalls()] })`:
 *
 * - `POST /v1/realtime/calls` with a raw SDP offer (`application/sdp`) or a `multipart/form-data`
 *   body with `sdp` and `session` parts; answers `201` with the SDP answer and
 *   `Location: /v1/realtime/calls/rtc_...`.
 * - `POST /v1/realtime?model=...`, the older flow: raw SDP in, SDP answer out.
 * - `POST /v1/realtime/calls/{call_id}/hangup` for WebRTC calls.
 *
 * Both accept an API key or an unexpired `ek_` key from `/v1/realtime/client_secrets` (whose
 * session configuration the call starts with).
 */
export function webrtcCalls(options: WebRTCCallsOptions = {}): EmulatorExtension {
  return async (request, response, emulator) => {
    if (request.method !== 'POST') return false;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const hangup = /^\/v1\/realtime\/calls\/(rtc_[^/]+)\/hangup$/.exec(url.pathname);
    if (hangup?.[1]) return hangUp(emulator, decodeURIComponent(hangup[1]), request, response);
    const isCalls = url.pathname === '/v1/realtime/calls';
    const isLegacy = url.pathname === '/v1/realtime' && url.searchParams.has('model');
    if (!isCalls && !isLegacy) return false;
    await placeCall(emulator, request, response, url, options);
    return true;
  };
}

async function placeCall(
  emulator: Emulator,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  options: WebRTCCallsOptions,
): Promise<void> {
  const key = bearerOf(request);
  const body = await readRaw(request);
  if (!emulator.isAuthorized(key)) {
    sendError(response, new CallRequestError(401, 'Incorrect API key provided.', 'invalid_api_key'));
    return;
  }
  let config = emulator.sessionConfigFor(key);
  const dialect = key && emulator.clientSecrets.lookup(key)?.dialect === 'beta' ? 'beta' : 'ga';
  let offerSdp: string;
  try {
    const parsed = readCallRequest(request.headers['content-type'], body);
    offerSdp = parsed.offerSdp;
    if (parsed.session !== undefined) config = applyGaUpdate(config, parsed.session, 'session');
  } catch (error) {
    if (error instanceof CallRequestError) return sendError(response, error);
    if (error instanceof ProtocolError) {
      return sendError(response, new CallRequestError(400, error.message, error.code ?? 'invalid_value', error.param));
    }
    throw error;
  }
  const model = url.searchParams.get('model');
  if (model) config = { ...config, model };
  const live = callsOf(emulator);
  let call: WebRTCCall;
  let connection: EmulatorConnection | undefined;
  try {
    call = await WebRTCCall.accept({
      offerSdp,
      peer: options.peer,
      attachSession: (wiring) => (connection = emulator.attachSession({ ...wiring, dialect, config })),
      onEnd: (ended) => live.delete(ended.id),
    });
  } catch (error) {
    if (!(error instanceof SdpOfferError)) throw error;
    return sendError(response, new CallRequestError(400, error.message, 'invalid_offer', 'sdp'));
  }
  live.set(call.id, call);
  // A server can follow the call with a sideband socket: `wss://…/v1/realtime?call_id=rtc_…`.
  if (connection) emulator.registerCall(call.id, connection);
  response.writeHead(201, {
    'content-type': 'application/sdp',
    location: `/v1/realtime/calls/${call.id}`,
    'content-length': Buffer.byteLength(call.answerSdp),
  });
  response.end(call.answerSdp);
}

async function hangUp(
  emulator: Emulator,
  callId: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  await readRaw(request);
  if (!emulator.isAuthorized(bearerOf(request))) {
    sendError(response, new CallRequestError(401, 'Incorrect API key provided.', 'invalid_api_key'));
    return true;
  }
  const call = callsOf(emulator).get(callId);
  if (!call) {
    sendError(response, new CallRequestError(404, `No active call ${callId}.`, 'call_not_found'));
    return true;
  }
  await call.close();
  response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  return true;
}

function bearerOf(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

async function readRaw(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendError(response: ServerResponse, error: CallRequestError): void {
  const text = JSON.stringify(error.toBody());
  response.writeHead(error.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
