import type { IncomingMessage } from 'node:http';
import type { Dialect } from '../protocol/dialect';
import { bearerToken } from './http-utils';

/** What a WebSocket upgrade request says about who connects and how. */
export interface HandshakeInfo {
  key: string | undefined;
  dialect: Dialect;
  /** Subprotocols the client offered (browsers smuggle the key and dialect through them). */
  protocols: string[];
}

const KEY_PROTOCOL = 'openai-insecure-api-key.';

/** Reads the key (header or subprotocol) and dialect (header or subprotocol) of an upgrade request. */
export function readHandshake(request: IncomingMessage): HandshakeInfo {
  const protocols = (request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const fromProtocol = protocols.find((entry) => entry.startsWith(KEY_PROTOCOL))?.slice(KEY_PROTOCOL.length);
  const beta =
    /realtime=v1/.test(String(request.headers['openai-beta'] ?? '')) || protocols.includes('openai-beta.realtime-v1');
  return { key: bearerToken(request) ?? fromProtocol, dialect: beta ? 'beta' : 'ga', protocols };
}
