import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A bare WebSocket server for transport tests that need exact control over server frames. */
export interface RawServer {
  url: string;
  /** Resolves with the next connection and its upgrade headers/protocols. */
  nextConnection(): Promise<{ socket: WebSocket; headers: Record<string, string | string[] | undefined> }>;
  /** Client events received on any connection, parsed. */
  received: any[];
  close(): Promise<void>;
}

export async function startRawServer(): Promise<RawServer> {
  const server = new WebSocketServer({
    port: 0,
    handleProtocols: (protocols) => (protocols.has('realtime') ? 'realtime' : false),
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const waiting: Array<(value: any) => void> = [];
  const backlog: any[] = [];
  const received: any[] = [];
  server.on('connection', (socket, request) => {
    socket.on('message', (data) => received.push(JSON.parse(String(data))));
    const entry = { socket, headers: request.headers };
    const waiter = waiting.shift();
    if (waiter) waiter(entry);
    else backlog.push(entry);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/v1/realtime`,
    received,
    nextConnection: () =>
      backlog.length ? Promise.resolve(backlog.shift()) : new Promise((resolve) => waiting.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}

/** Resolves when `predicate` holds, polling on the event loop (no fixed sleeps). */
export async function until(predicate: () => boolean, what = 'condition'): Promise<void> {
  for (let attempt = 0; attempt < 2000; attempt++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
