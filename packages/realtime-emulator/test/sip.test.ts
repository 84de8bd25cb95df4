import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createWebhookSecret, startEmulator, verifyWebhook } from '../src/index';
import { encodeModem } from '../src/modem/index';
import { connect } from './helpers/client';
import { concat, silence } from './helpers/events';

interface Received {
  headers: Record<string, string>;
  body: string;
}

async function webhookReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function control(url: string, body?: unknown): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk-server', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('SIP flow', () => {
  it('posts a signed webhook, accepts the call, speaks with the caller and hangs up', async () => {
    const receiver = await webhookReceiver();
    const secret = createWebhookSecret();
    await using emulator = await startEmulator({ webhook: { url: receiver.url, secret } });
    const call = await emulator.sip.simulateIncomingCall({ from: '+15550111' });
    expect(call.webhookStatus).toBe(200);
    const [webhook] = receiver.received;
    expect(webhook?.headers['user-agent']).toContain('OpenAI/1.0');
    expect(webhook?.headers['webhook-id']).toMatch(/^wh_[0-9a-f]{32}$/);
    const ok = verifyWebhook(
      secret,
      {
        id: webhook?.headers['webhook-id'] ?? '',
        timestamp: webhook?.headers['webhook-timestamp'] ?? '',
        signature: webhook?.headers['webhook-signature'] ?? '',
      },
      webhook?.body ?? '',
    );
    expect(ok).toBe(true);
    expect(
      verifyWebhook(
        createWebhookSecret(),
        {
          id: webhook?.headers['webhook-id'] ?? '',
          timestamp: webhook?.headers['webhook-timestamp'] ?? '',
          signature: webhook?.headers['webhook-signature'] ?? '',
        },
        webhook?.body ?? '',
      ),
    ).toBe(false);
    const event = JSON.parse(webhook?.body ?? '{}') as {
      type: string;
      id: string;
      data: { call_id: string; sip_headers: Array<{ name: string; value: string }> };
    };
    expect(event.type).toBe('realtime.call.incoming');
    expect(event.id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(event.data.call_id).toBe(call.callId);
    expect(event.data.sip_headers[0]).toEqual({ name: 'From', value: 'sip:+15550111@trunk.example.net' });

    const base = `${emulator.httpUrl}/realtime/calls/${call.callId}`;
    expect(await control(`${base}/refer`, { target_uri: 'tel:+1555' })).toBe(409);
    expect(
      await control(`${base}/accept`, {
        type: 'realtime',
        instructions: 'You are Operator.',
        audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 300 } } },
      }),
    ).toBe(200);
    expect(call.status).toBe('accepted');
    const sideband = await connect(`${emulator.url}?call_id=${call.callId}`);
    expect(sideband.events[0]?.session).toMatchObject({ instructions: 'You are Operator.' });

    call.speak(concat([encodeModem('say welcome'), silence(500)]));
    const done = await sideband.next('response.done');
    expect((done.response as { status: string }).status).toBe('completed');
    expect(call.heard()).toBe('welcome');
    const types = sideband.events.map((entry) => entry.type);
    expect(types).toContain('output_audio_buffer.started');
    expect(types).not.toContain('response.output_audio.delta');
    await sideband.next('output_audio_buffer.stopped');

    call.pressDigit('5');
    const dtmf = await sideband.next('input_audio_buffer.dtmf_event_received');
    expect(dtmf).toMatchObject({ event: '5' });
    expect(dtmf.event_id).toBeUndefined();
    expect(() => call.pressDigit('x')).toThrow(/DTMF/);

    // A second sideband socket sees the same session; closing it leaves the call up.
    const second = await connect(`${emulator.url}?call_id=${call.callId}`);
    second.close();
    await second.closed;
    expect(call.status).toBe('accepted');

    expect(await control(`${base}/hangup`)).toBe(200);
    expect(call.status).toBe('ended');
    await sideband.closed;
    await receiver.close();
  });

  it('rejects and refers calls, and answers unknown calls with 404', async () => {
    const receiver = await webhookReceiver();
    await using emulator = await startEmulator({ webhook: { url: receiver.url, secret: 'plain-secret' } });
    const first = await emulator.sip.simulateIncomingCall();
    expect(await control(`${emulator.httpUrl}/realtime/calls/${first.callId}/reject`, { status_code: 486 })).toBe(200);
    expect(first).toMatchObject({ status: 'rejected', rejectStatusCode: 486 });
    const second = await emulator.sip.simulateIncomingCall();
    expect(
      await control(`${emulator.httpUrl}/realtime/calls/${second.callId}/accept`, { instructions: 'no type' }),
    ).toBe(400);
    expect(await control(`${emulator.httpUrl}/realtime/calls/${second.callId}/accept`, { type: 'realtime' })).toBe(200);
    expect(await control(`${emulator.httpUrl}/realtime/calls/${second.callId}/refer`, {})).toBe(400);
    expect(
      await control(`${emulator.httpUrl}/realtime/calls/${second.callId}/refer`, {
        target_uri: 'sip:agent@example.com',
      }),
    ).toBe(200);
    expect(second).toMatchObject({ status: 'referred', referTarget: 'sip:agent@example.com' });
    expect(await control(`${emulator.httpUrl}/realtime/calls/rtc_unknown/accept`, { type: 'realtime' })).toBe(404);
    await receiver.close();
  });
});

describe('call registry', () => {
  it('routes SIP call control before extensions and serves sideband sockets for registered calls', async () => {
    const receiver = await webhookReceiver();
    const seen: string[] = [];
    await using emulator = await startEmulator({
      webhook: { url: receiver.url, secret: 'plain-secret' },
      // An extension that claims every call-control path, as a WebRTC calls handler would for its own calls.
      extensions: [
        (request, response) => {
          if (!request.url?.startsWith('/v1/realtime/calls/')) return false;
          seen.push(request.url);
          response.writeHead(404).end();
          return true;
        },
      ],
    });
    const call = await emulator.sip.simulateIncomingCall();
    expect(await control(`${emulator.httpUrl}/realtime/calls/${call.callId}/accept`, { type: 'realtime' })).toBe(200);
    expect(await control(`${emulator.httpUrl}/realtime/calls/rtc_other/hangup`)).toBe(404);
    expect(seen).toEqual(['/v1/realtime/calls/rtc_other/hangup']);

    const attached = emulator.attachSession({ send: () => undefined, transport: 'webrtc' });
    emulator.registerCall('rtc_webrtc_1', attached);
    const sideband = await connect(`${emulator.url}?call_id=rtc_webrtc_1`);
    sideband.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
    });
    await sideband.next('conversation.item.done');
    attached.close();
    await sideband.closed;
    await receiver.close();
  });
});
