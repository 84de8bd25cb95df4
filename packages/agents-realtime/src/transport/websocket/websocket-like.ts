/**
 * The slice of the WebSocket API the transport uses. Browser WebSockets, `ws` (Node) and
 * Cloudflare's WebSocket all fit it, so any of them can be injected.
 */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: any) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: any) => void) | null;
  onclose: ((event: { code?: number; reason?: string }) => void) | null;
}

/** How the transport opens a socket: the URL, subprotocols and (where supported) headers. */
export type WebSocketFactory = (
  url: string,
  options: { protocols: string[]; headers: Record<string, string> },
) => WebSocketLike;

/** A WebSocket constructor in the browser style, or `ws` (which also takes `{ headers }`). */
export type WebSocketConstructorLike = new (url: string, ...rest: any[]) => any;

/** WebSocket readyState value for an open socket. */
export const WEBSOCKET_OPEN = 1;

let defaultFactory: { factory: WebSocketFactory; supportsHeaders: boolean } | undefined;

/**
 * Sets the WebSocket used when none is injected. The Node entry registers `ws` (which can send
 * an `Authorization` header); elsewhere the global `WebSocket` is used with subprotocols.
 */
export function setDefaultWebSocket(factory: WebSocketFactory, supportsHeaders: boolean): void {
  defaultFactory = { factory, supportsHeaders };
}

/** Wraps a constructor as a factory. */
export function factoryFromConstructor(WebSocketClass: WebSocketConstructorLike): WebSocketFactory {
  return (url, { protocols, headers }) =>
    new WebSocketClass(url, protocols.length ? protocols : undefined, { headers }) as WebSocketLike;
}

/** The factory to use when none was injected, or undefined when the platform has none. */
export function getDefaultWebSocket(): { factory: WebSocketFactory; supportsHeaders: boolean } | undefined {
  if (defaultFactory) return defaultFactory;
  const global = (globalThis as { WebSocket?: WebSocketConstructorLike }).WebSocket;
  if (!global) return undefined;
  return { factory: (url, { protocols }) => new global(url, protocols) as WebSocketLike, supportsHeaders: false };
}
