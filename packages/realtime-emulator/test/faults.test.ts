import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { TestClient, connect } from './helpers/client';
import { userText } from './helpers/events';

describe('fault injection', () => {
  it('drops the socket after N server events', async () => {
    await using emulator = await startEmulator({ faults: { dropAfterEvents: 3 } });
    const client = new TestClient(emulator.url);
    client.socket.once('open', () => {
      client.send(userText('say hi'));
      client.send({ type: 'response.create' });
    });
    const closed = await client.closed;
    expect(closed.code).toBe(1006);
    expect(client.events).toHaveLength(3);
  });

  it('sends a malformed frame after N events, then carries on', async () => {
    await using emulator = await startEmulator({ faults: { malformedAfterEvents: 1 } });
    const client = await connect(emulator.url);
    client.send({ type: 'session.update', session: { type: 'realtime' } });
    await client.next('session.updated');
    expect(client.raw).toHaveLength(3);
    expect(() => JSON.parse(client.raw[1] ?? '') as unknown).toThrow();
    client.close();
  });

  it('delays events but keeps their order', async () => {
    await using emulator = await startEmulator({ faults: { delayMs: 5 } });
    const client = await connect(emulator.url);
    client.send(userText('say late'));
    client.send({ type: 'response.create', response: { output_modalities: ['text'] } });
    await client.next('response.done');
    const logged = emulator.connections[0]?.log
      .filter((entry) => entry.direction === 'server')
      .map((entry) => entry.event.event_id);
    expect(client.events.map((event) => event.event_id)).toEqual(logged?.slice(0, client.events.length));
    client.close();
  });

  it('refuses handshakes with the configured status, set at runtime', async () => {
    await using emulator = await startEmulator();
    emulator.faults = { refuseHandshake: 503 };
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(emulator.url, { headers: { Authorization: 'Bearer sk' } });
      socket.on('error', () => undefined);
      socket.on('unexpected-response', (request, response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
        request.destroy();
      });
    });
    expect(status).toBe(503);
    emulator.faults = {};
    const client = await connect(emulator.url);
    client.close();
  });

  it('rate-limits responses beyond the allowance', async () => {
    await using emulator = await startEmulator({ faults: { rateLimitAfterResponses: 1 } });
    const client = await connect(emulator.url);
    client.send({ type: 'response.create', response: { output_modalities: ['text'] } });
    await client.next('response.done');
    client.send({ type: 'response.create', event_id: 'again' });
    expect((await client.next('error')).error).toMatchObject({
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
      event_id: 'again',
    });
    client.close();
  });
});
