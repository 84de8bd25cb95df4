import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the back end gets ephemeral keys, and the base URL the page should then call. */
export interface TokenSource {
  /** Realtime API base the back end calls, e.g. `https://api.openai.com/v1` or the emulator's `httpUrl`. */
  apiBaseUrl: string;
  /** The long-lived key. It stays on the server; the page only ever sees ephemeral keys. */
  apiKey: string;
  /** Base URL handed to the page for its WebRTC call (relative URLs resolve against the page). */
  pageBaseUrl: string;
  /** @default 'gpt-realtime' */
  model?: string;
}

/**
 * `POST /token`: mints an ephemeral `ek_` key with `POST /v1/realtime/client_secrets` and returns
 * `{ value, expiresAt, baseUrl }`. Connect-style middleware, so it mounts on Vite or any Node server.
 */
export function tokenRoute(source: TokenSource) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (request.url !== '/token') return next();
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    mint(source).then(
      (body) => {
        response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify(body));
      },
      (error: unknown) => {
        response.writeHead(502, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: error instanceof Error ? error.message : String(error) } }));
      },
    );
  };
}

async function mint(source: TokenSource): Promise<{ value: string; expiresAt: number; baseUrl: string }> {
  const reply = await fetch(`${source.apiBaseUrl}/realtime/client_secrets`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${source.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      expires_after: { anchor: 'created_at', seconds: 600 },
      session: { type: 'realtime', model: source.model ?? 'gpt-realtime' },
    }),
  });
  if (!reply.ok) throw new Error(`client_secrets answered HTTP ${reply.status}`);
  const secret = (await reply.json()) as { value: string; expires_at: number };
  return { value: secret.value, expiresAt: secret.expires_at, baseUrl: source.pageBaseUrl };
}
