import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { connect } from './helpers/client';

async function post(
  url: string,
  body: unknown,
  key = 'sk-server',
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('client secrets', () => {
  it('issues ek_ keys whose session configuration applies to sessions started with them', async () => {
    await using emulator = await startEmulator();
    const { status, json } = await post(`${emulator.httpUrl}/realtime/client_secrets`, {
      expires_after: { anchor: 'created_at', seconds: 60 },
      session: { type: 'realtime', instructions: 'You are Kiosk.', output_modalities: ['text'] },
    });
    expect(status).toBe(200);
    expect(json.value).toMatch(/^ek_[0-9a-f]{32}$/);
    expect(json.expires_at as number).toBeGreaterThan(Date.now() / 1000 + 50);
    expect(json.session).toMatchObject({
      type: 'realtime',
      object: 'realtime.session',
      instructions: 'You are Kiosk.',
    });
    const client = await connect(emulator.url, { key: json.value as string });
    expect(client.events[0]?.session).toMatchObject({ instructions: 'You are Kiosk.', output_modalities: ['text'] });
    const second = await connect(emulator.url, { key: json.value as string });
    client.close();
    second.close();
  });

  it('refuses expired, unknown and client-side keys, and bad requests', async () => {
    await using emulator = await startEmulator();
    const { json } = await post(`${emulator.httpUrl}/realtime/client_secrets`, { expires_after: { seconds: 10 } });
    const secret = emulator.clientSecrets.lookup(json.value as string);
    if (secret) secret.expiresAt = Math.floor(Date.now() / 1000) - 1;
    const status = await new Promise<number>((resolve) => {
      void import('ws').then(({ default: WebSocket }) => {
        const socket = new WebSocket(emulator.url, { headers: { Authorization: `Bearer ${String(json.value)}` } });
        socket.on('error', () => undefined);
        socket.on('unexpected-response', (request, response) => {
          resolve(response.statusCode ?? 0);
          response.destroy();
          request.destroy();
        });
      });
    });
    expect(status).toBe(401);
    expect((await post(`${emulator.httpUrl}/realtime/client_secrets`, {}, 'ek_0123')).status).toBe(401);
    const bad = await post(`${emulator.httpUrl}/realtime/client_secrets`, { expires_after: { seconds: 5 } });
    expect(bad).toMatchObject({ status: 400, json: { error: { param: 'expires_after.seconds' } } });
    const badSession = await post(`${emulator.httpUrl}/realtime/client_secrets`, {
      session: { type: 'realtime', volume: 11 },
    });
    expect(badSession).toMatchObject({
      status: 400,
      json: { error: { code: 'unknown_parameter', param: 'session.volume' } },
    });
  });

  it('issues beta keys from /v1/realtime/sessions', async () => {
    await using emulator = await startEmulator();
    const { status, json } = await post(`${emulator.httpUrl}/realtime/sessions`, {
      model: 'gpt-4o-realtime-preview',
      voice: 'verse',
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ voice: 'verse', client_secret: { value: expect.stringMatching(/^ek_/) as unknown } });
  });
});
