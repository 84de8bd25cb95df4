/** The `ws`-style WebSocket surface the bridge needs (a `ws` socket, or @fastify/websocket's). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  on(event: 'message', listener: (data: unknown, isBinary?: boolean) => void): unknown;
  on(event: 'close', listener: (code?: number) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: string, listener: (...args: any[]) => void): unknown;
}

/**
 * What the transport accepts as `twilioWebSocket`: a `ws` WebSocket, the socket @fastify/websocket
 * v11 hands a route, or the older `{ socket }` connection object of earlier versions.
 */
export type TwilioWebSocketInput = WebSocketLike | { socket: WebSocketLike };

/** `WebSocket.OPEN`, written out so this module needs no WebSocket implementation. */
export const OPEN = 1;

function isWebSocketLike(value: unknown): value is WebSocketLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WebSocketLike).send === 'function' &&
    typeof (value as WebSocketLike).on === 'function'
  );
}

/** Unwraps the accepted shapes into the socket itself; throws a `TypeError` naming the option otherwise. */
export function toWebSocket(input: TwilioWebSocketInput): WebSocketLike {
  if (isWebSocketLike(input)) return input;
  const inner = (input as { socket?: unknown } | undefined)?.socket;
  if (isWebSocketLike(inner)) return inner;
  throw new TypeError('twilioWebSocket must be a ws WebSocket or a @fastify/websocket connection');
}
