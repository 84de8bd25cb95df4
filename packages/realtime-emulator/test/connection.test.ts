import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { TestClient, connect } from './helpers/client';

function handshakeStatus(url: string, options: WebSocket.ClientOptions, protocols: string[] = []): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, protocols, options);
    socket.on('error', () => undefined);
    socket.on('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
      request.destroy();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
  });
}

describe('connection and authentication', () => {
  it('rejects a missing key or one apiKeys refuses with HTTP 401', async () => {
    await using emulator = await startEmulator({ apiKeys: (key) => key === 'sk-good' });
    expect(await handshakeStatus(emulator.url, {})).toBe(401);
    expect(await handshakeStatus(emulator.url, { headers: { Authorization: 'Bearer sk-bad' } })).toBe(401);
    expect(await handshakeStatus(emulator.url, { headers: { Authorization: 'Bearer sk-good' } })).toBe(101);
    expect(
      await handshakeStatus(emulator.url.replace('/v1/realtime', '/v1/other'), {
        headers: { Authorization: 'Bearer sk-good' },
      }),
    ).toBe(404);
  });

  it('accepts browser subprotocols, answers "realtime", and selects beta by subprotocol', async () => {
    await using emulator = await startEmulator();
    const client = new TestClient(emulator.url, {
      key: null,
      protocols: [
        'realtime',
        'openai-insecure-api-key.sk-browser',
        'openai-beta.realtime-v1',
        'openai-agents-sdk.0.20.0',
      ],
    });
    await client.opened();
    expect(client.socket.protocol).toBe('realtime');
    await client.next('session.created');
    expect((await client.next('conversation.created')).conversation).toMatchObject({ object: 'realtime.conversation' });
    expect(emulator.connections[0]?.session.dialect).toBe('beta');
    client.close();
  });

  it('lists connections with their logs and hands out the next one', async () => {
    await using emulator = await startEmulator();
    const next = emulator.nextConnection();
    const client = await connect(`${emulator.url}?model=gpt-realtime-mini`);
    const connection = await next;
    expect(connection.id).toMatch(/^conn_\d+$/);
    expect(connection.session.config.model).toBe('gpt-realtime-mini');
    client.send({ type: 'session.update', session: { type: 'realtime', instructions: 'Be brief.' } });
    await client.next('session.updated');
    expect(connection.log.map((entry) => `${entry.direction}:${String(entry.event.type)}`)).toEqual([
      'server:session.created',
      'client:session.update',
      'server:session.updated',
    ]);
    const waitedClient = connection.waitForEvent('conversation.item.create', { direction: 'client' });
    const waitedServer = connection.waitForEvent('conversation.item.added', {
      match: (event) => event.previous_item_id === null,
    });
    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'x' }] },
    });
    expect((await waitedClient).item).toMatchObject({ role: 'user' });
    expect((await waitedServer).item).toMatchObject({ role: 'user', status: 'completed' });
    client.close();
    await connection.closed;
  });

  it('accepts session.update sent before session.created arrives', async () => {
    await using emulator = await startEmulator();
    const client = new TestClient(emulator.url);
    client.socket.once('open', () =>
      client.send({ type: 'session.update', session: { type: 'realtime', instructions: 'early' } }),
    );
    const updated = await client.next('session.updated');
    expect((updated.session as { instructions: string }).instructions).toBe('early');
    client.close();
  });

  it('expires sessions with session_expired and close code 1001', async () => {
    await using emulator = await startEmulator({ maxSessionDurationMs: 60_000 * 0.001 });
    const client = await connect(emulator.url);
    const error = await client.next('error');
    expect(error.error).toMatchObject({ code: 'session_expired' });
    const closed = await client.closed;
    expect(closed.code).toBe(1001);
    expect(closed.reason).toMatch(/maximum duration/);
  });

  it('closes every connection on close()', async () => {
    const emulator = await startEmulator();
    const client = await connect(emulator.url);
    await emulator.close();
    await client.closed;
    await emulator.close();
  });
});
