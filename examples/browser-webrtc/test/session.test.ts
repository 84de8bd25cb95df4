import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@parley/realtime-emulator';
import { webrtcCalls, webrtcCallsOf } from '@parley/realtime-emulator/webrtc';
import { bundleForBrowser } from './bundle';
import { launchChromium } from './chromium';
import { modemMicrophone } from './microphone';
import { servePage } from './page-server';

// RealtimeSession over WebRTC in Chromium: what it does over WebSocket (handoffs, output
// guardrails, history) works the same with the browser default transport.

type Record = { events: string[]; agents: string[]; session?: { sendMessage(text: string): void; history: any[] } };
type SessionWindow = { parley: { start(apiKey: string, baseUrl: string): Promise<void>; record: Record } };

let emulator: Emulator;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const script = await bundleForBrowser(fileURLToPath(new URL('./pages/session-page.ts', import.meta.url)));
  emulator = await startEmulator({ extensions: [servePage(script), webrtcCalls()] });
  // A silent microphone: these turns are typed.
  browser = await launchChromium(modemMicrophone('', { leadMs: 1000, tailMs: 0 }));
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${emulator.port}/`);
  await page.waitForFunction(() => 'parley' in window);
  const key = await fetch(`${emulator.httpUrl}/realtime/client_secrets`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk-test', 'Content-Type': 'application/json' },
    body: JSON.stringify({ session: { type: 'realtime' } }),
  }).then(async (response) => ((await response.json()) as { value: string }).value);
  await page.evaluate(([apiKey, baseUrl]) => (window as unknown as SessionWindow).parley.start(apiKey, baseUrl), [
    key,
    emulator.httpUrl,
  ] as const);
});

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

const record = () =>
  page.evaluate(() => {
    const { events, agents } = (window as unknown as SessionWindow).parley.record;
    return { events: [...events], agents: [...agents] };
  });
const say = (text: string) =>
  page.evaluate((message) => (window as unknown as SessionWindow).parley.record.session!.sendMessage(message), text);

describe('RealtimeSession over WebRTC', { timeout: 60_000 }, () => {
  it('hands off to another agent, which then answers with its own instructions', async () => {
    await say('call transfer_to_billing');
    await expect.poll(async () => (await record()).events, { timeout: 20_000 }).toContain('handoff Greeter → Billing');
    await expect
      .poll(async () => (await record()).agents.at(-1), { timeout: 20_000 })
      .toMatch(/^Billing: Billing: The result of transfer_to_billing is /);
  });

  it('cuts off an answer that trips an output guardrail and tells the model why', async () => {
    await say('say here is the secret code that nobody may hear');
    await expect.poll(async () => (await record()).events, { timeout: 20_000 }).toContain('tripped no secrets');
    const call = [...webrtcCallsOf(emulator).values()].at(-1)!;
    const clientEvents = () =>
      call.session.log.filter((entry) => entry.direction === 'client').map((entry) => entry.event);
    await expect
      .poll(
        () =>
          clientEvents().some(
            (event) =>
              event.type === 'conversation.item.create' &&
              JSON.stringify(event).includes('stopped by the output guardrail \\"never say the word secret\\"'),
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    const cancelled = () =>
      call.session.log.some(
        (entry) =>
          entry.event.type === 'response.done' &&
          (entry.event['response'] as { status: string }).status === 'cancelled',
      );
    await expect.poll(cancelled, { timeout: 10_000 }).toBe(true);
    // The answer was already playing, so the session also dropped the audio the server had queued.
    expect(clientEvents().some((event) => event.type === 'output_audio_buffer.clear')).toBe(true);
  });

  it('emits audio_start when the agent starts speaking, though the audio never passes through it', async () => {
    expect((await record()).events).toContain('audio_start Billing');
  });

  it('keeps the history in step with the server', async () => {
    const history = await page.evaluate(() =>
      (window as unknown as SessionWindow).parley.record.session!.history.map(
        (item) => `${item.type}:${item.role ?? item.name}`,
      ),
    );
    // The typed handoff request, the handoff call (its output lives on the call item), Billing's answer.
    expect(history.slice(0, 3)).toEqual(['message:user', 'function_call:transfer_to_billing', 'message:assistant']);
    expect(history.filter((entry) => entry === 'message:user').length).toBeGreaterThanOrEqual(2);
  });
});
