import type { IncomingMessage, ServerResponse } from 'node:http';

/** Reads a request body as text. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON body; `undefined` for an empty body; throws `SyntaxError` on bad JSON. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request);
  return text.trim() ? (JSON.parse(text) as unknown) : undefined;
}

/** Sends a JSON reply. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Sends an OpenAI-style error body: `{ error: { message, type, param, code } }`. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  options: { type?: string; code?: string | null; param?: string | null } = {},
): void {
  sendJson(response, status, {
    error: {
      message,
      type:
        options.type ??
        (status === 401 ? 'invalid_request_error' : status === 429 ? 'rate_limit_error' : 'invalid_request_error'),
      param: options.param ?? null,
      code: options.code ?? null,
    },
  });
}

/** The bearer token of a request, if any. */
export function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}
