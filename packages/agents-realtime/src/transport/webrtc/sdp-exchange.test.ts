import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeSdp } from './sdp-exchange';
import { WebRTCSdpExchangeError } from './webrtc-errors';

// The SDP exchange against a real HTTP server standing in for the calls endpoint.

let server: Server;
let base: string;
const seen: { headers: IncomingMessage['headers']; body: string }[] = [];

const routes: Record<string, (response: ServerResponse) => void> = {
  '/ok': (response) =>
    response
      .writeHead(201, { 'content-type': 'application/sdp', location: '/v1/realtime/calls/rtc_abc' })
      .end('v=0\r\nanswer'),
  '/refused': (response) =>
    response
      .writeHead(401, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: { message: 'Incorrect API key provided.' } })),
  '/broken': (response) => response.writeHead(500).end('<html>oops</html>'),
  '/not-sdp': (response) => response.writeHead(200).end('{"hello":true}'),
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ headers: request.headers, body });
      routes[request.url ?? '']?.(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const exchange = (path: string) =>
  exchangeSdp({ url: `${base}${path}`, apiKey: 'ek_key', offerSdp: 'v=0\r\noffer', fetch: globalThis.fetch });

describe('exchangeSdp', () => {
  it('POSTs the raw offer with the bearer key and returns the answer and call id', async () => {
    const answer = await exchange('/ok');
    expect(answer).toEqual({ sdp: 'v=0\r\nanswer', callId: 'rtc_abc' });
    const request = seen.at(-1)!;
    expect(request.body).toBe('v=0\r\noffer');
    expect(request.headers['content-type']).toBe('application/sdp');
    expect(request.headers.authorization).toBe('Bearer ek_key');
  });

  it("keeps the server's error message and status on refusal", async () => {
    const error = await exchange('/refused').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebRTCSdpExchangeError);
    expect(error).toMatchObject({ status: 401, code: 'connection_failed' });
    expect((error as Error).message).toContain('Incorrect API key provided.');
  });

  it('fails typed on a non-JSON error, a non-SDP reply and an unreachable endpoint', async () => {
    await expect(exchange('/broken')).rejects.toMatchObject({ name: 'WebRTCSdpExchangeError', status: 500 });
    await expect(exchange('/not-sdp')).rejects.toThrow(/did not answer with SDP/);
    const unreachable = exchangeSdp({
      url: 'http://127.0.0.1:1/realtime/calls',
      apiKey: 'ek_key',
      offerSdp: 'v=0',
      fetch: globalThis.fetch,
    });
    await expect(unreachable).rejects.toThrow(/Could not reach the calls endpoint/);
  });
});
