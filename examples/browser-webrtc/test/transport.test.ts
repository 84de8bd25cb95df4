import { mkdtempSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@parley/realtime-emulator';
import { encodeModem } from '@parley/realtime-emulator/modem';
import { RealtimePeer, webrtcCalls, webrtcCallsOf } from '@parley/realtime-emulator/webrtc';
import { bundleForBrowser } from './bundle';
import { launchChromium } from './chromium';
import { servePage } from './page-server';
import { writeWav } from './wav';

// OpenAIRealtimeWebRTC in real Chromium against the emulator's WebRTC endpoint.

type TestWindow = { parley: { OpenAIRealtimeWebRTC: new (options?: object) => any }; transport?: any; events?: any[] };

let browser: Browser;
let emulator: Emulator;

async function mintKey(): Promise<string> {
  const response = await fetch(`${emulator.httpUrl}/realtime/client_secrets`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk-test', 'Content-Type': 'application/json' },
    body: JSON.stringify({ session: { type: 'realtime', instructions: 'Your name is Ada.' } }),
  });
  return ((await response.json()) as { value: string }).value;
}

async function openPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${emulator.port}/`);
  await page.waitForFunction(() => 'parley' in window);
  return page;
}

/** Connects a transport in the page and records every event it sees. */
async function connect(page: Page, key: string, options: object = {}): Promise<void> {
  await page.evaluate(
    async ([apiKey, baseUrl, extra]) => {
      const win = window as unknown as TestWindow;
      const transport = new win.parley.OpenAIRealtimeWebRTC({ baseUrl, ...extra });
      win.transport = transport;
      win.events = [];
      transport.on('*', (event: unknown) => win.events!.push(event));
      transport.on('audio_playback_started', (event: { itemId: string }) =>
        win.events!.push({ type: 'local.audio_playback_started', ...event }),
      );
      await transport.connect({ apiKey });
    },
    [key, emulator.httpUrl, options] as const,
  );
}

/** Waits until the page saw a server event of `type`, and returns it. */
async function waitForEvent(page: Page, type: string): Promise<any> {
  const handle = await page.waitForFunction(
    (wanted) => (window as unknown as TestWindow).events?.find((event) => event.type === wanted),
    type,
    { timeout: 15_000 },
  );
  return handle.jsonValue();
}

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'parley-transport-'));
  const microphone = join(directory, 'microphone.wav');
  // One second of modem voice, then two of silence: Chromium loops the file.
  const speech = encodeModem('say hello', 48_000);
  const samples = new Int16Array(48_000 * 3);
  samples.set(speech);
  writeWav(microphone, samples, 48_000);
  const script = await bundleForBrowser(fileURLToPath(new URL('./pages/transport-page.ts', import.meta.url)));
  emulator = await startEmulator({
    apiKeys: (key) => key === 'sk-test',
    extensions: [servePage(script), webrtcCalls(), refusingToConnect()],
  });
  browser = await launchChromium(microphone);
});

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

/** `/broken/realtime/calls`: answers with SDP, then walks away, so the data channel never opens. */
function refusingToConnect() {
  return async (request: IncomingMessage, response: ServerResponse) => {
    if (request.url !== '/broken/realtime/calls') return false;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const peer = await RealtimePeer.answer(Buffer.concat(chunks).toString(), {});
    await peer.close();
    response.writeHead(201, { 'content-type': 'application/sdp' }).end(peer.answerSdp);
    return true;
  };
}

describe('OpenAIRealtimeWebRTC', () => {
  it('connects with an ephemeral key and carries events both ways on oai-events (the thin client)', async () => {
    const page = await openPage();
    const key = await mintKey();
    await connect(page, key);
    const state = await page.evaluate(() => {
      const transport = (window as unknown as TestWindow).transport;
      return { status: transport.status, callId: transport.callId };
    });
    expect(state.status).toBe('connected');
    expect(state.callId).toMatch(/^rtc_/);
    const created = await waitForEvent(page, 'session.created');
    expect(created.session.instructions).toBe('Your name is Ada.');
    await page.evaluate(() => {
      const transport = (window as unknown as TestWindow).transport;
      transport.sendEvent({
        type: 'conversation.item.create',
        item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say pong' }] },
      });
      transport.sendEvent({ type: 'response.create' });
    });
    const done = await waitForEvent(page, 'response.done');
    expect(done.response.status).toBe('completed');
    const transcript = await waitForEvent(page, 'response.output_audio_transcript.done');
    expect(transcript.transcript).toBe('pong');
    // WebRTC carries audio on the track, not as deltas, and reports the output buffer instead.
    await waitForEvent(page, 'output_audio_buffer.started');
    expect((await waitForEvent(page, 'local.audio_playback_started')).itemId).toBe(transcript.item_id);
    const types = await page.evaluate(() => (window as unknown as TestWindow).events!.map((event) => event.type));
    expect(types).not.toContain('response.output_audio.delta');
    await page.evaluate(() => (window as unknown as TestWindow).transport.close());
    expect(await page.evaluate(() => (window as unknown as TestWindow).transport.status)).toBe('disconnected');
    await page.close();
  });

  it('fetches the key from an async apiKey function', async () => {
    const page = await openPage();
    const key = await mintKey();
    await page.evaluate(
      async ([apiKey, baseUrl]) => {
        const win = window as unknown as TestWindow;
        const transport = new win.parley.OpenAIRealtimeWebRTC({ baseUrl });
        await transport.connect({ apiKey: async () => apiKey });
        win.transport = transport;
      },
      [key, emulator.httpUrl] as const,
    );
    expect(await page.evaluate(() => (window as unknown as TestWindow).transport.status)).toBe('connected');
    await page.evaluate(() => (window as unknown as TestWindow).transport.close());
    await page.close();
  });

  it('refuses a long-lived key unless useInsecureApiKey is set', async () => {
    const page = await openPage();
    const refused = await page.evaluate(async (baseUrl) => {
      const transport = new (window as unknown as TestWindow).parley.OpenAIRealtimeWebRTC({ baseUrl });
      try {
        await transport.connect({ apiKey: 'sk-test' });
        return 'connected';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    }, emulator.httpUrl);
    expect(refused).toMatch(/^UserError: Refusing a non-ephemeral API key/);
    await connect(page, 'sk-test', { useInsecureApiKey: true });
    expect(await page.evaluate(() => (window as unknown as TestWindow).transport.status)).toBe('connected');
    await page.evaluate(() => (window as unknown as TestWindow).transport.close());
    await page.close();
  });

  it('fails with WebRTCSdpExchangeError when the calls endpoint refuses the key', async () => {
    const page = await openPage();
    const failure = await page.evaluate(async (baseUrl) => {
      const transport = new (window as unknown as TestWindow).parley.OpenAIRealtimeWebRTC({ baseUrl });
      try {
        await transport.connect({ apiKey: 'ek_not_issued' });
        return undefined;
      } catch (error) {
        const typed = error as Error & { status?: number; code?: string };
        return {
          name: typed.name,
          status: typed.status,
          code: typed.code,
          message: typed.message,
          state: transport.status,
        };
      }
    }, emulator.httpUrl);
    expect(failure).toMatchObject({
      name: 'WebRTCSdpExchangeError',
      status: 401,
      code: 'connection_failed',
      state: 'disconnected',
    });
    expect(failure?.message).toContain('Incorrect API key provided.');
    await page.close();
  });

  it('fails with WebRTCIceError when the peer never connects', async () => {
    const page = await openPage();
    const key = await mintKey();
    const failure = await page.evaluate(
      async ([apiKey, origin]) => {
        const transport = new (window as unknown as TestWindow).parley.OpenAIRealtimeWebRTC({
          baseUrl: `${origin}/broken`,
          connectTimeoutMs: 1500,
        });
        try {
          await transport.connect({ apiKey });
          return undefined;
        } catch (error) {
          const typed = error as Error & { connectionState?: string };
          return { name: typed.name, connectionState: typed.connectionState, state: transport.status };
        }
      },
      [key, `http://127.0.0.1:${emulator.port}`] as const,
    );
    expect(failure?.name).toBe('WebRTCIceError');
    expect(['failed', 'timeout']).toContain(failure?.connectionState);
    expect(failure?.state).toBe('disconnected');
    await page.close();
  });

  it('interrupt() clears the output buffer: the response is cancelled before all its audio played', async () => {
    const page = await openPage();
    const key = await mintKey();
    await connect(page, key);
    const call = [...webrtcCallsOf(emulator).values()].at(-1)!;
    const sentence = 'say this is a long sentence that takes several seconds to play out over the track';
    await page.evaluate((text) => {
      const transport = (window as unknown as TestWindow).transport;
      transport.sendMessage(text, {});
    }, sentence);
    await waitForEvent(page, 'output_audio_buffer.started');
    await page.evaluate(() => (window as unknown as TestWindow).transport.interrupt());
    const cleared = await waitForEvent(page, 'output_audio_buffer.cleared');
    const done = await waitForEvent(page, 'response.done');
    expect(done.response.status).toBe('cancelled');
    expect(cleared.response_id).toBe(done.response.id);
    const fullMs = (sentence.length - 4) * 70;
    expect(call.playedMs).toBeGreaterThan(0);
    expect(call.playedMs).toBeLessThan(fullMs);
    const clientTypes = call.session.log
      .filter((entry) => entry.direction === 'client')
      .map((entry) => entry.event.type);
    expect(clientTypes).toContain('output_audio_buffer.clear');
    expect(clientTypes).not.toContain('conversation.item.truncate');
    await page.evaluate(() => (window as unknown as TestWindow).transport.close());
    await page.close();
  });

  it('mute stops microphone audio reaching the emulator', async () => {
    const page = await openPage();
    const key = await mintKey();
    await connect(page, key);
    const call = [...webrtcCallsOf(emulator).values()].at(-1)!;
    await expect.poll(() => call.voicedInputMs, { timeout: 10_000 }).toBeGreaterThan(200);
    await page.evaluate(() => (window as unknown as TestWindow).transport.mute(true));
    expect(await page.evaluate(() => (window as unknown as TestWindow).transport.muted)).toBe(true);
    // Let packets already in flight arrive, then nothing voiced may follow for a full loop of the file.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mutedAt = call.voicedInputMs;
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(call.voicedInputMs).toBe(mutedAt);
    await page.evaluate(() => (window as unknown as TestWindow).transport.mute(false));
    await expect.poll(() => call.voicedInputMs, { timeout: 10_000 }).toBeGreaterThan(mutedAt);
    await page.evaluate(() => (window as unknown as TestWindow).transport.close());
    await page.close();
  });

  it('reports a hang-up from the server as a connection error and ends disconnected', async () => {
    const page = await openPage();
    const key = await mintKey();
    await connect(page, key);
    await page.evaluate(() => {
      const win = window as unknown as TestWindow;
      win.transport.on('error', (event: { error: Error & { code?: string } }) =>
        win.events!.push({ type: 'local.error', name: event.error.name, code: event.error.code }),
      );
    });
    const call = [...webrtcCallsOf(emulator).values()].at(-1)!;
    const hangup = await fetch(`${emulator.httpUrl}/realtime/calls/${call.id}/hangup`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test' },
    });
    expect(hangup.status).toBe(200);
    expect(await waitForEvent(page, 'local.error')).toMatchObject({
      name: 'WebRTCIceError',
      code: 'connection_closed',
    });
    await page.waitForFunction(() => (window as unknown as TestWindow).transport.status === 'disconnected');
    const afterClose = await page.evaluate(() => {
      const win = window as unknown as TestWindow;
      win.transport.sendEvent({ type: 'response.create' });
      return win.events!.filter((event) => event.type === 'local.error').length;
    });
    // Sending on a closed call is an error event (not_connected), not an exception.
    expect(afterClose).toBe(2);
    await page.close();
  });
});
