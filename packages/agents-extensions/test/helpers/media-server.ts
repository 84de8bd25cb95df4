import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A bare media-stream WebSocket server on port 0 that hands each connection to `onSocket`. */
export async function startMediaServer(onSocket: (socket: WebSocket) => void) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) => onSocket(socket));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/media-stream`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
