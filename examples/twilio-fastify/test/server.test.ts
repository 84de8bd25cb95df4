import { getTwilioSignature } from '@parley/agents-extensions';
import { startTwilioCall } from '@parley/realtime-emulator/twilio';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server';

const TOKEN = '0123456789abcdef0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';
const PUBLIC_URL = 'https://voice.example.test';
const servers: FastifyInstance[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start() {
  const errors: unknown[] = [];
  const server = await buildServer({
    openaiApiKey: 'test-key',
    realtimeUrl: 'ws://127.0.0.1:1/v1/realtime',
    publicUrl: PUBLIC_URL,
    twilioAuthToken: TOKEN,
    logError: (message, error) => errors.push([message, error]),
  });
  servers.push(server);
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, address, errors };
}

describe('twilio-fastify server', () => {
  it('answers a signed voice webhook with TwiML that connects the media stream', async () => {
    const { server } = await start();
    const params = { CallSid: `CA${'0'.repeat(32)}`, From: '+15005550006', To: '+15005550001' };
    const response = await server.inject({
      method: 'POST',
      url: '/incoming-call',
      headers: {
        'content-type': FORM,
        'x-twilio-signature': getTwilioSignature(TOKEN, `${PUBLIC_URL}/incoming-call`, params),
      },
      payload: new URLSearchParams(params).toString(),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/xml');
    expect(response.body).toContain('<Stream url="wss://voice.example.test/media-stream">');
  });

  it('refuses an unsigned or tampered webhook with 403', async () => {
    const { server } = await start();
    const params = { CallSid: 'CA1', To: '+15005550001' };
    const signature = getTwilioSignature(TOKEN, `${PUBLIC_URL}/incoming-call`, params);
    const tampered = await server.inject({
      method: 'POST',
      url: '/incoming-call',
      headers: { 'content-type': FORM, 'x-twilio-signature': signature },
      payload: new URLSearchParams({ ...params, To: '+15005550002' }).toString(),
    });
    expect(tampered.statusCode).toBe(403);
    const unsigned = await server.inject({
      method: 'POST',
      url: '/incoming-call',
      headers: { 'content-type': FORM },
      payload: 'CallSid=CA1',
    });
    expect(unsigned.statusCode).toBe(403);
  });

  it('refuses a media-stream upgrade with a wrong signature before opening any model connection', async () => {
    const { address, errors } = await start();
    const url = `${address.replace('http', 'ws')}/media-stream`;
    await expect(startTwilioCall({ url, signatureOverride: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' })).rejects.toThrow(/403/);
    await expect(startTwilioCall({ url })).rejects.toThrow(/403/);
    expect(errors).toEqual([]);
  });

  it('ends the call cleanly when the model cannot be reached', async () => {
    const { address, errors } = await start();
    const call = await startTwilioCall({
      url: `${address.replace('http', 'ws')}/media-stream`,
      authToken: TOKEN,
      signatureUrl: `${PUBLIC_URL.replace('https', 'wss')}/media-stream`,
      speed: 10,
    });
    const end = await call.ended;
    expect(end.reason).toBe('app-closed');
    expect(errors).toHaveLength(1);
  });
});
