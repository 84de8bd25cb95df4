// Node entry: everything from the browser-safe entry, plus Node defaults (the `ws` WebSocket).
import WebSocket from 'ws';
import { setDefaultWebSocket } from './transport/websocket/websocket-like';

// `ws` can send an Authorization header, so the API key never goes into the subprotocol list.
setDefaultWebSocket(
  (url, { protocols, headers }) =>
    new WebSocket(url, protocols.length ? protocols : undefined, { headers }) as unknown as ReturnType<
      Parameters<typeof setDefaultWebSocket>[0]
    >,
  true,
);

export * from './index';
