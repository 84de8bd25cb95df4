import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
  body: Record<string, unknown>;
}

/** One scripted answer: JSON with a status, or a list of SSE events (`event` + `data`). */
export type ScriptedAnswer =
  | { status?: number; json: unknown }
  | { sse: Array<{ event?: string; data: unknown }>; raw?: string }
  | { hang: true };

/**
 * A local HTTP server on port 0 that answers each POST with the next scripted answer and records
 * what it received. Close it when done.
 */
export async function startScriptedServer(answers: ScriptedAnswer[]) {
  const requests: RecordedRequest[] = [];
  const queue = [...answers];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        authorization: request.headers.authorization,
        accept: request.headers.accept,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      });
      const answer = queue.shift();
      if (!answer) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'no scripted answer left', type: 'server_error' } }));
        return;
      }
      if ('hang' in answer) return;
      if ('json' in answer) {
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.json));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const event of answer.sse) {
        const name = event.event ? `event: ${event.event}\n` : '';
        response.write(`${name}data: ${typeof event.data === 'string' ? event.data : JSON.stringify(event.data)}\n\n`);
      }
      if (answer.raw) response.write(answer.raw);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
