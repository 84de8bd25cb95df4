import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RTCPeerConnection, type RTCDataChannel } from 'werift';
import { WebSocket } from 'ws';
import { startEmulator, type Emulator } from '../server/emulator';
import { webrtcCalls, webrtcCallsOf } from './calls-extension';
import { localStunServer } from './local-stun';

// The calls endpoint over real HTTP, with a werift peer in Node standing in for the browser.

let emulator: Emulator;
const clients: RTCPeerConnection[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ apiKeys: (key) => key === 'sk-test', extensions: [webrtcCalls()] });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await emulator.close();
});

async function mintKey(session: object = { type: 'realtime' }): Promise<string> {
  const response = await fetch(`${emulator.httpUrl}/realtime/client_secrets`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk-test', 'Content-Type': 'application/json' },
    body: JSON.stringify({ session }),
  });
  return ((await response.json()) as { value: string }).value;
}

/** A browser-like offerer: the oai-events channel and one audio section. */
async function offerer(): Promise<{ client: RTCPeerConnection; channel: RTCDataChannel; offer: string }> {
  const { port } = await localStunServer();
  const client = new RTCPeerConnection({
    iceServers: [{ urls: `stun:127.0.0.1:${port}` }],
    iceAdditionalHostAddresses: ['127.0.0.1'],
    iceUseIpv6: false,
  });
  clients.push(client);
  const channel = client.createDataChannel('oai-events');
  client.addTransceiver('audio', { direction: 'sendrecv' });
  await client.setLocalDescription(await client.createOffer());
  return { client, channel, offer: client.localDescription!.sdp };
}

/** Completes the call with the answer and collects the events that arrive. */
async function complete(client: RTCPeerConnection, channel: RTCDataChannel, answer: string) {
  const events: Array<Record<string, any>> = [];
  channel.onMessage.subscribe((data) => events.push(JSON.parse(data.toString()) as Record<string, any>));
  const opened = new Promise<void>((resolve) =>
    channel.stateChanged.subscribe((state) => state === 'open' && resolve()),
  );
  await client.setRemoteDescription({ type: 'answer', sdp: answer });
  await opened;
  const next = async (type: string) => {
    await expect.poll(() => events.find((event) => event.type === type), { timeout: 10_000 }).toBeDefined();
    return events.find((event) => event.type === type)!;
  };
  return { events, next };
}

describe('POST /v1/realtime/calls', () => {
  it('answers a raw SDP offer made with an ephemeral key and runs the session on oai-events', async () => {
    const key = await mintKey({ type: 'realtime', instructions: 'Your name is Ada.' });
    const { client, channel, offer } = await offerer();
    const response = await fetch(`${emulator.httpUrl}/realtime/calls`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/sdp' },
      body: offer,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/sdp');
    const callId = response.headers.get('location')?.split('/').pop();
    expect(callId).toMatch(/^rtc_[A-Za-z0-9]{21}$/);
    const { next } = await complete(client, channel, await response.text());
    expect((await next('session.created')).session.instructions).toBe('Your name is Ada.');
    channel.send(JSON.stringify({ type: 'session.update', session: { type: 'realtime', instructions: 'Hi' } }));
    expect((await next('session.updated')).session.instructions).toBe('Hi');
    expect(webrtcCallsOf(emulator).get(callId!)?.session.transport).toBe('webrtc');
  });

  it('applies the session part of a multipart request', async () => {
    const { client, channel, offer } = await offerer();
    const form = new FormData();
    form.set('sdp', new Blob([offer], { type: 'application/sdp' }));
    form.set(
      'session',
      new Blob([JSON.stringify({ type: 'realtime', instructions: 'From the form.' })], { type: 'application/json' }),
    );
    const response = await fetch(`${emulator.httpUrl}/realtime/calls`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test' },
      body: form,
    });
    expect(response.status).toBe(201);
    const { next } = await complete(client, channel, await response.text());
    expect((await next('session.created')).session.instructions).toBe('From the form.');
  });

  it('serves the older POST /v1/realtime?model= flow', async () => {
    const { client, channel, offer } = await offerer();
    const response = await fetch(`${emulator.httpUrl}/realtime?model=gpt-realtime-mini`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test', 'Content-Type': 'application/sdp' },
      body: offer,
    });
    expect(response.status).toBe(201);
    const { next } = await complete(client, channel, await response.text());
    expect((await next('session.created')).session.model).toBe('gpt-realtime-mini');
  });

  it('lets a server follow the call with a ?call_id= sideband socket', async () => {
    const { client, channel, offer } = await offerer();
    const response = await fetch(`${emulator.httpUrl}/realtime/calls`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test', 'Content-Type': 'application/sdp' },
      body: offer,
    });
    const callId = response.headers.get('location')!.split('/').pop()!;
    await complete(client, channel, await response.text());
    const sideband = new WebSocket(`${emulator.url}?call_id=${callId}`, {
      headers: { Authorization: 'Bearer sk-test' },
    });
    const seen: string[] = [];
    sideband.on('message', (data: Buffer) => seen.push((JSON.parse(data.toString()) as { type: string }).type));
    await new Promise((resolve, reject) => sideband.once('open', resolve).once('error', reject));
    channel.send(
      JSON.stringify({
        type: 'conversation.item.create',
        item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hello' }] },
      }),
    );
    await expect.poll(() => seen, { timeout: 10_000 }).toContain('conversation.item.added');
    sideband.close();
  });

  it('hangs up a call by id, and 404s an unknown one', async () => {
    const { client, channel, offer } = await offerer();
    const response = await fetch(`${emulator.httpUrl}/realtime/calls`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test', 'Content-Type': 'application/sdp' },
      body: offer,
    });
    const callId = response.headers.get('location')!.split('/').pop()!;
    await complete(client, channel, await response.text());
    const call = webrtcCallsOf(emulator).get(callId)!;
    const hangup = await fetch(`${emulator.httpUrl}/realtime/calls/${callId}/hangup`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test' },
    });
    expect(hangup.status).toBe(200);
    expect(call.ended).toBe(true);
    expect(call.session.closed).toBe(true);
    expect(webrtcCallsOf(emulator).has(callId)).toBe(false);
    const again = await fetch(`${emulator.httpUrl}/realtime/calls/${callId}/hangup`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test' },
    });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('call_not_found');
  });

  it('refuses missing and unknown keys with 401', async () => {
    const { offer } = await offerer();
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer ek_unknown' },
      { Authorization: 'Bearer sk-wrong' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${emulator.httpUrl}/realtime/calls`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/sdp' },
        body: offer,
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_api_key');
    }
  });

  it('refuses bodies that are not offers', async () => {
    const post = (body: string, type: string) =>
      fetch(`${emulator.httpUrl}/realtime/calls`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk-test', 'Content-Type': type },
        body,
      });
    const notSdp = await post('hello', 'application/sdp');
    expect(notSdp.status).toBe(400);
    expect(((await notSdp.json()) as { error: { code: string } }).error.code).toBe('invalid_offer');
    const noAudio = await post('v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n', 'application/sdp');
    expect(noAudio.status).toBe(400);
    expect((await post('{}', 'application/json')).status).toBe(415);
    const badSession = new FormData();
    badSession.set('sdp', new Blob(['v=0\r\n'], { type: 'application/sdp' }));
    badSession.set('session', new Blob(['{"type":"nope"}'], { type: 'application/json' }));
    const refused = await fetch(`${emulator.httpUrl}/realtime/calls`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test' },
      body: badSession,
    });
    expect(refused.status).toBe(400);
  });
});
