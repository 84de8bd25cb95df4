import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  type InvalidServerEventError,
  OpenAIRealtimeWebSocket,
  RealtimeConnectionError,
  RealtimeServerError,
  type TransportError,
  type TransportEvent,
} from '../src/index.node';
import { startRawServer, until, type RawServer } from './raw-server';

let server: RawServer;
beforeEach(async () => {
  server = await startRawServer();
});
afterEach(async () => {
  await server.close();
});

function collect<T>(transport: OpenAIRealtimeWebSocket, event: any): T[] {
  const list: T[] = [];
  transport.on(event, (value: any) => list.push(value));
  return list;
}

describe('OpenAIRealtimeWebSocket', () => {
  it('authenticates with a header in Node and sends the full session first', async () => {
    const transport = new OpenAIRealtimeWebSocket({ url: server.url });
    const statuses = collect<string>(transport, 'connection_change');
    const connection = server.nextConnection();
    await transport.connect({ apiKey: async () => 'sk-test', model: 'gpt-realtime' });
    const { headers } = await connection;
    expect(headers.authorization).toBe('Bearer sk-test');
    expect(headers['openai-beta']).toBeUndefined();
    await until(() => server.received.length > 0, 'session.update');
    expect(server.received[0]).toMatchObject({
      type: 'session.update',
      session: { type: 'realtime', model: 'gpt-realtime', audio: { output: { format: { type: 'audio/pcm' } } } },
    });
    expect(statuses).toEqual(['connecting', 'connected']);
    transport.close();
    await until(() => transport.status === 'disconnected');
    expect(statuses).toEqual(['connecting', 'connected', 'disconnecting', 'disconnected']);
  });

  it('uses subprotocols where headers cannot be set, in the beta dialect, and guards regular keys', async () => {
    class BrowserStyle extends WebSocket {
      constructor(url: string, protocols?: string[]) {
        super(url, protocols);
      }
    }
    const options = { url: server.url, WebSocket: BrowserStyle, dialect: 'beta', authMethod: 'subprotocol' } as const;
    const browser = new OpenAIRealtimeWebSocket(options);
    const connection = server.nextConnection();
    await browser.connect({ apiKey: 'ek_123' });
    const { headers } = await connection;
    expect(String(headers['sec-websocket-protocol']).split(/,\s*/)).toEqual([
      'realtime',
      'openai-insecure-api-key.ek_123',
      'openai-agents-sdk.parley',
      'openai-beta.realtime-v1',
    ]);
    expect(headers.authorization).toBeUndefined();
    await until(() => server.received.length > 0);
    expect(server.received[0].session).toMatchObject({ input_audio_format: 'pcm16', modalities: ['audio'] });
    browser.close();
    await expect(new OpenAIRealtimeWebSocket(options).connect({ apiKey: 'sk-regular' })).rejects.toThrow(
      /useInsecureApiKey/,
    );
    const insecure = new OpenAIRealtimeWebSocket({ ...options, useInsecureApiKey: true });
    await insecure.connect({ apiKey: 'sk-regular' });
    insecure.close();
  });

  it('emits every parsed event on * and turns malformed or unknown frames into typed errors', async () => {
    const transport = new OpenAIRealtimeWebSocket({ url: server.url });
    const all = collect<TransportEvent>(transport, '*');
    const errors = collect<TransportError>(transport, 'error');
    const connection = server.nextConnection();
    await transport.connect({ apiKey: 'sk-test' });
    const { socket } = await connection;
    socket.send('{"type":"session.created","session":{"id":"s"}}');
    socket.send('not json');
    socket.send('{"type":"mystery.event"}');
    socket.send('{"type":"response.output_audio.delta","item_id":"x"}');
    socket.send('{"type":"error","error":{"type":"invalid_request_error","code":"x","message":"bad"}}');
    await until(() => errors.length === 4, 'four errors');
    expect(all.map((event) => event.type)).toEqual(['session.created', 'error']);
    const [json, unknown, shape, serverError] = errors;
    expect((json!.error as InvalidServerEventError).reason).toBe('invalid_json');
    expect(json!.raw).toBe('not json');
    expect((unknown!.error as InvalidServerEventError).reason).toBe('unknown_type');
    expect((shape!.error as InvalidServerEventError).reason).toBe('invalid_shape');
    expect(serverError!.error).toBeInstanceOf(RealtimeServerError);
    expect((serverError!.error as RealtimeServerError).message).toBe('bad');
    transport.close();
  });

  it('reports a dropped socket with connection_change and error, then connects again', async () => {
    const transport = new OpenAIRealtimeWebSocket({ url: server.url });
    const errors = collect<TransportError>(transport, 'error');
    const first = server.nextConnection();
    await transport.connect({ apiKey: 'sk-test' });
    (await first).socket.terminate();
    await until(() => transport.status === 'disconnected', 'disconnect');
    expect(errors[0]!.error).toBeInstanceOf(RealtimeConnectionError);
    expect((errors[0]!.error as RealtimeConnectionError).code).toBe('connection_closed');
    transport.sendEvent({ type: 'response.create' });
    expect((errors[1]!.error as RealtimeConnectionError).code).toBe('not_connected');
    const second = server.nextConnection();
    await transport.connect({ apiKey: 'sk-test' });
    await second;
    expect(transport.status).toBe('connected');
    transport.close();
  });

  it('rejects connect when the server refuses and when already connected', async () => {
    const transport = new OpenAIRealtimeWebSocket({ url: 'ws://127.0.0.1:1/v1/realtime' });
    await expect(transport.connect({ apiKey: 'sk-test' })).rejects.toBeInstanceOf(RealtimeConnectionError);
    expect(transport.status).toBe('disconnected');
    const ok = new OpenAIRealtimeWebSocket({ url: server.url });
    await ok.connect({ apiKey: 'sk-test' });
    await expect(ok.connect({ apiKey: 'sk-test' })).rejects.toThrow(/already connected/);
    await expect(new OpenAIRealtimeWebSocket({ url: server.url }).connect({ apiKey: '' })).rejects.toThrow(/apiKey/);
    ok.close();
  });

  it('truncates at the played position, not at the audio received, when audio arrives faster than real time', async () => {
    let now = 1000;
    const transport = new OpenAIRealtimeWebSocket({ url: server.url, clock: () => now });
    const interrupted = collect<void>(transport, 'audio_interrupted');
    const connection = server.nextConnection();
    await transport.connect({ apiKey: 'sk-test' });
    const { socket } = await connection;
    socket.send(JSON.stringify({ type: 'response.created', response: { id: 'r1' } }));
    // 2 s of PCM16 arrives at once.
    const twoSeconds = Buffer.alloc(96000).toString('base64');
    socket.send(
      JSON.stringify({ type: 'response.output_audio.delta', response_id: 'r1', item_id: 'a1', delta: twoSeconds }),
    );
    await until(() => transport.playback.receivedMs === 2000, 'audio');
    now += 750;
    socket.send(JSON.stringify({ type: 'input_audio_buffer.speech_started', item_id: 'u2', audio_start_ms: 10 }));
    await until(() => server.received.some((event) => event.type === 'conversation.item.truncate'), 'truncate');
    const sent = server.received.map((event) => event.type);
    expect(sent).toContain('response.cancel');
    expect(server.received.find((event) => event.type === 'conversation.item.truncate')).toMatchObject({
      item_id: 'a1',
      content_index: 0,
      audio_end_ms: 750,
    });
    expect(interrupted).toHaveLength(1);
    transport.close();
  });

  it('prefers a playout position reported by the player, and skips cancel when the server interrupts itself', async () => {
    const transport = new OpenAIRealtimeWebSocket({ url: server.url, clock: () => 0 });
    const connection = server.nextConnection();
    await transport.connect({ apiKey: 'sk-test' });
    const { socket } = await connection;
    socket.send(
      JSON.stringify({
        type: 'session.updated',
        session: { audio: { input: { turn_detection: { interrupt_response: true } } } },
      }),
    );
    socket.send(JSON.stringify({ type: 'response.created', response: { id: 'r1' } }));
    socket.send(
      JSON.stringify({
        type: 'response.output_audio.delta',
        item_id: 'a1',
        delta: Buffer.alloc(4800).toString('base64'),
      }),
    );
    await until(() => transport.playback.receivedMs === 100, 'audio');
    transport.playback.reportPlayed('a1', 40);
    socket.send(JSON.stringify({ type: 'input_audio_buffer.speech_started', item_id: 'u2', audio_start_ms: 10 }));
    await until(() => server.received.some((event) => event.type === 'conversation.item.truncate'), 'truncate');
    expect(server.received.find((event) => event.type === 'conversation.item.truncate').audio_end_ms).toBe(40);
    expect(server.received.some((event) => event.type === 'response.cancel')).toBe(false);
    transport.close();
  });

  it('drops audio while muted and serialises response.create', async () => {
    const transport = new OpenAIRealtimeWebSocket({ url: server.url });
    const connection = server.nextConnection();
    await transport.connect({ apiKey: 'sk-test' });
    const { socket } = await connection;
    transport.mute(true);
    expect(transport.muted).toBe(true);
    transport.sendAudio(new ArrayBuffer(480), { commit: true });
    transport.mute(false);
    transport.sendAudio(new ArrayBuffer(480));
    transport.sendMessage('one', {});
    transport.sendMessage('two', {});
    await until(() => server.received.filter((event) => event.type === 'conversation.item.create').length === 2);
    const types = server.received.map((event) => event.type);
    expect(types.filter((type) => type === 'input_audio_buffer.append')).toHaveLength(1);
    expect(types).toContain('input_audio_buffer.commit');
    expect(types.filter((type) => type === 'response.create')).toHaveLength(1);
    socket.send(JSON.stringify({ type: 'response.created', response: { id: 'r' } }));
    socket.send(JSON.stringify({ type: 'response.done', response: { id: 'r', status: 'completed', output: [] } }));
    await until(() => server.received.filter((event) => event.type === 'response.create').length === 2);
    transport.close();
  });
});
