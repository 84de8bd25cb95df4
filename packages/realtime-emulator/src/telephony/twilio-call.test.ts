import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { encodeMulaw } from '../audio/g711';
import { encodeModem } from '../modem/encode';
import { streamSignature } from './signature';
import { startTwilioCall } from './start-twilio-call';
import type { TwilioCall } from './twilio-call';

interface App {
  url: string;
  messages: Record<string, any>[];
  socket: Promise<WebSocket>;
  headers: Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}

async function startApp(): Promise<App> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const messages: Record<string, any>[] = [];
  let resolveHeaders!: (headers: Record<string, unknown>) => void;
  const headers = new Promise<Record<string, unknown>>((resolve) => (resolveHeaders = resolve));
  const socket = new Promise<WebSocket>((resolve) =>
    server.on('connection', (ws, request) => {
      resolveHeaders(request.headers);
      ws.on('message', (data) => messages.push(JSON.parse(String(data))));
      resolve(ws);
    }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/media-stream`,
    messages,
    socket,
    headers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const calls: TwilioCall[] = [];
const apps: App[] = [];
afterEach(async () => {
  for (const call of calls.splice(0)) await call.hangUp();
  for (const app of apps.splice(0)) await app.close();
});

async function setup(options: { speed?: number; markEchoDelayMs?: number; markEchoJitterMs?: number } = {}) {
  const app = await startApp();
  apps.push(app);
  const call = await startTwilioCall({
    url: app.url,
    authToken: 'secret',
    signatureUrl: 'wss://voice.example.test/media-stream',
    customParameters: { tenant: 'demo' },
    speed: options.speed ?? 20,
    markEchoDelayMs: options.markEchoDelayMs,
    markEchoJitterMs: options.markEchoJitterMs,
  });
  calls.push(call);
  const socket = await app.socket;
  return { app, call, socket };
}

function sendFrames(socket: WebSocket, streamSid: string, audio: Uint8Array, markPrefix: string) {
  for (let offset = 0, index = 0; offset < audio.length; offset += 160, index++) {
    const payload = Buffer.from(audio.subarray(offset, offset + 160)).toString('base64');
    socket.send(JSON.stringify({ event: 'media', streamSid, media: { payload } }));
    socket.send(JSON.stringify({ event: 'mark', streamSid, mark: { name: `${markPrefix}${index}` } }));
  }
}

describe('startTwilioCall', () => {
  it('signs the upgrade and sends connected, start, then numbered media', async () => {
    const { app, call } = await setup();
    expect((await app.headers)['x-twilio-signature']).toBe(
      streamSignature('secret', 'wss://voice.example.test/media-stream'),
    );
    await call.waitUntil(100);
    const [connected, start, firstMedia, secondMedia] = app.messages;
    expect(connected).toEqual({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    expect(start?.sequenceNumber).toBe('1');
    expect(start?.start.customParameters).toEqual({ tenant: 'demo' });
    expect(start?.start.mediaFormat).toEqual({ encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 });
    expect(firstMedia?.sequenceNumber).toBe('2');
    expect(firstMedia?.media.chunk).toBe('1');
    expect(secondMedia?.media.timestamp).toBe('20');
    expect(Buffer.from(firstMedia?.media.payload, 'base64').length).toBe(160);
  });

  it('plays app audio, decodes what the caller heard and echoes marks only once played', async () => {
    const { call, socket } = await setup();
    const audio = encodeMulaw(encodeModem('hello', 8000));
    sendFrames(socket, call.streamSid, audio, 'm');
    await call.waitForHeard('hello');
    const frameCount = Math.ceil(audio.length / 160);
    await call.waitUntil(frameCount * 20 + 100);
    expect(call.echoes.map((echo) => echo.name)).toEqual(Array.from({ length: frameCount }, (_, index) => `m${index}`));
    // Every echo came at or after the time its frame finished playing.
    for (const echo of call.echoes) {
      const index = Number(echo.name.slice(1));
      expect(echo.atMs).toBeGreaterThanOrEqual((index + 1) * 20);
    }
  });

  it('clear drops queued audio and echoes every pending mark in order', async () => {
    const { call, socket } = await setup({ speed: 5 });
    const audio = encodeMulaw(encodeModem('a long reply that is cleared', 8000));
    sendFrames(socket, call.streamSid, audio, 'm');
    await call.waitForHeard('a l');
    socket.send(JSON.stringify({ event: 'clear', streamSid: call.streamSid }));
    const [pending] = await call.waitForEvent('clear');
    expect(pending.length).toBeGreaterThan(0);
    expect(call.queuedBytes).toBe(0);
    const cleared = call.echoes.filter((echo) => echo.cleared).map((echo) => echo.name);
    expect(cleared).toEqual(pending);
    expect(cleared).toEqual([...cleared].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    await call.waitUntil(call.nowMs + 400);
    expect(call.heardText.length).toBeLessThan('a long reply that is cleared'.length);
  });

  it('delays echoes when asked (late acknowledgements)', async () => {
    const { call, socket } = await setup({ markEchoDelayMs: 300 });
    sendFrames(socket, call.streamSid, new Uint8Array(160).fill(0xff), 'm');
    await call.waitForEvent('echo');
    const [echo] = call.echoes;
    expect(echo!.atMs).toBeGreaterThanOrEqual(300);
  });

  it('echoes out of pace when asked: irregular delays, order kept', async () => {
    const { call, socket } = await setup({ markEchoJitterMs: 200 });
    sendFrames(socket, call.streamSid, new Uint8Array(160 * 6).fill(0xff), 'm');
    await call.waitForEvent('echo', (name) => name === 'm5');
    expect(call.echoes.map((echo) => echo.name)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    const gaps = call.echoes.slice(1).map((echo, index) => echo.atMs - call.echoes[index]!.atMs);
    expect(new Set(gaps).size).toBeGreaterThan(1);
    call.echoes.forEach((echo, index) => expect(echo.atMs).toBeGreaterThanOrEqual((index + 1) * 20));
  });

  it('pauses caller media, then resumes with a timestamp jump', async () => {
    const { app, call } = await setup();
    await call.waitUntil(40);
    call.pauseMedia(100);
    await call.waitUntil(call.nowMs + 200);
    await expect.poll(() => app.messages.filter((message) => message.event === 'media').length).toBeGreaterThan(8);
    const timestamps = app.messages
      .filter((message) => message.event === 'media')
      .map((message) => Number(message.media.timestamp));
    const jumps = timestamps.slice(1).map((timestamp, index) => timestamp - timestamps[index]!);
    expect(Math.max(...jumps)).toBeGreaterThanOrEqual(100);
  });

  it('records warnings for binary, invalid and wrongly addressed frames, once per code, and goes on', async () => {
    const { call, socket } = await setup();
    socket.send(Buffer.from([1, 2, 3]), { binary: true });
    socket.send('not json');
    socket.send(JSON.stringify({ event: 'media', streamSid: 'MZwrong', media: { payload: '' } }));
    socket.send(JSON.stringify({ event: 'media', streamSid: call.streamSid, media: { payload: '', track: 'x' } }));
    socket.send(JSON.stringify({ event: 'mark', streamSid: call.streamSid, mark: { name: 'ok' } }));
    await call.waitForEvent('echo', (name) => name === 'ok');
    expect(call.warnings.map((warning) => warning.code)).toEqual([31950, 31951]);
  });

  it('sends dtmf and, on hang-up, stop with the call ids', async () => {
    const { app, call } = await setup();
    call.pressDigit('7');
    await call.waitUntil(60);
    const end = await call.hangUp();
    expect(end.reason).toBe('caller-hangup');
    const dtmf = app.messages.find((message) => message.event === 'dtmf');
    expect(dtmf?.dtmf).toEqual({ track: 'inbound_track', digit: '7' });
    const stop = app.messages.at(-1);
    expect(stop?.event).toBe('stop');
    expect(stop?.stop).toEqual({ accountSid: call.accountSid, callSid: call.callSid });
  });

  it('records an app-side close as the end of the stream (next TwiML verb)', async () => {
    const { call, socket } = await setup();
    socket.close();
    const end = await call.ended;
    expect(end.reason).toBe('app-closed');
    expect(call.active).toBe(false);
  });

  it('writes both directions to a stereo WAV', async () => {
    const { call, socket } = await setup();
    void call.say('hi');
    sendFrames(socket, call.streamSid, encodeMulaw(encodeModem('yo', 8000)), 'm');
    await call.waitForHeard('yo');
    await call.waitUntil(call.said[0]!.endMs);
    const wav = call.wav();
    expect(new TextDecoder().decode(wav.subarray(8, 12))).toBe('WAVE');
    expect(new DataView(wav.buffer, wav.byteOffset).getUint16(22, true)).toBe(2);
  });

  it('refuses to start when the server rejects the upgrade', async () => {
    await expect(startTwilioCall({ url: 'ws://127.0.0.1:1/media-stream' })).rejects.toThrow();
  });
});
