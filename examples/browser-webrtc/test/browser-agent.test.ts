import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@parley/realtime-emulator';
import { webrtcCalls, webrtcCallsOf, type WebRTCCall } from '@parley/realtime-emulator/webrtc';
import { startApp, type App } from '../server/start-app';
import { launchChromium } from './chromium';
import { modemMicrophone } from './microphone';

// The example page in real Chromium: a WAV in the emulator's modem voice is the microphone, the
// call goes over WebRTC to the emulator, and the page shows what the session does.

const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

let emulator: Emulator;
let app: App;
let browser: Browser | undefined;

beforeAll(async () => {
  emulator = await startEmulator({ extensions: [webrtcCalls()] });
  app = await startApp({ emulator, port: 0 });
});

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

afterAll(async () => {
  await app?.close();
  await emulator?.close();
});

/** Opens the page in a Chromium whose microphone says `text`, and connects. */
async function connectSaying(text: string, options: { tailMs?: number } = {}): Promise<Page> {
  browser = await launchChromium(modemMicrophone(text, { tailMs: options.tailMs }));
  const page = await browser.newPage();
  await page.goto(app.url);
  await page.click('#connect');
  await page.waitForSelector('#status[data-status="connected"]', { timeout: 15_000 });
  return page;
}

function lastCall(): WebRTCCall {
  const call = [...webrtcCallsOf(emulator).values()].at(-1);
  if (!call) throw new Error('No WebRTC call reached the emulator');
  return call;
}

/** What the emulator heard the user say, for failure messages. */
function heard(): string {
  const call = [...webrtcCallsOf(emulator).values()].at(-1);
  const said = call?.session.transcript.filter((entry) => entry.role === 'user').map((entry) => entry.text);
  return said?.length ? said.map((text) => JSON.stringify(text)).join(', ') : 'nothing';
}

/** Waits for the approval prompt; on timeout, says what the emulator heard instead. */
async function approvalPrompt(page: Page): Promise<void> {
  try {
    await page.waitForSelector('#approval:not([hidden])', { timeout: 20_000 });
  } catch (error) {
    throw new Error(`No approval prompt; the emulator heard: ${heard()}`, { cause: error });
  }
}

const agentLines = (page: Page) => page.locator('#transcript li[data-role="assistant"]');
const userLines = (page: Page) => page.locator('#transcript li[data-role="user"]');

// Chromium's fake microphone is a real-time audio thread: on a starved CI machine it can drop a
// few milliseconds, which garbles a modem symbol. Each attempt uses a fresh browser and call, so a
// retry is clean; a real regression fails every attempt.
describe('browser voice agent over WebRTC', { timeout: 60_000, retry: 2 }, () => {
  it('hears the user, runs a tool and shows both sides of the transcript', async () => {
    const page = await connectSaying('call get_weather {"city":"Paris"}');
    // The level meter follows the microphone while the user speaks.
    await expect
      .poll(() => page.locator('#level').evaluate((meter) => (meter as HTMLMeterElement).value), { timeout: 10_000 })
      .toBeGreaterThan(0.05);
    await expect
      .poll(() => page.locator('#tools li[data-state="done"]').allTextContents(), { timeout: 20_000 })
      .toEqual(['get_weather → sunny in Paris']);
    await expect
      .poll(() => agentLines(page).allTextContents(), { timeout: 20_000 })
      .toContain('Concierge: The result of get_weather is sunny in Paris.');
    await expect
      .poll(() => userLines(page).allTextContents(), { timeout: 10_000 })
      .toContain('call get_weather {"city":"Paris"}');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}conversation.png`, fullPage: true });
  });

  it('asks before a needsApproval tool and runs it once approved', async () => {
    const page = await connectSaying('call book_table {"time":"19:00"}');
    await approvalPrompt(page);
    expect(await page.textContent('#approval-text')).toBe('Allow book_table({"time":"19:00"})?');
    expect(await page.locator('#tools li[data-state="done"]').count()).toBe(0);
    await page.click('#approve');
    await expect
      .poll(() => agentLines(page).allTextContents(), { timeout: 20_000 })
      .toContain('Concierge: The result of book_table is booked for 19:00.');
    expect(await page.locator('#tools li').allTextContents()).toEqual([
      'book_table approved',
      'book_table({"time":"19:00"})',
      'book_table → booked for 19:00',
    ]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}approval.png`, fullPage: true });
  });

  it('does not run a rejected tool', async () => {
    const page = await connectSaying('call book_table {"time":"20:00"}');
    await approvalPrompt(page);
    await page.click('#reject');
    await expect.poll(() => agentLines(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => agentLines(page).last().textContent(), { timeout: 20_000 })
      .toMatch(/^Concierge: The result of book_table is /);
    expect(await page.locator('#tools li').allTextContents()).toEqual(['book_table rejected']);
  });

  it('interrupting cuts the agent off: its audio and transcript stop short', async () => {
    const sentence = 'here is a long answer that would take several seconds to read out in full';
    const page = await connectSaying(`say ${sentence}`);
    await expect.poll(() => agentLines(page).count(), { timeout: 20_000 }).toBe(1);
    const call = lastCall();
    await expect.poll(() => call.playedMs, { timeout: 20_000 }).toBeGreaterThan(300);
    await page.click('#interrupt');
    const clientEvents = () =>
      call.session.log.filter((entry) => entry.direction === 'client').map((entry) => entry.event.type);
    await expect.poll(clientEvents, { timeout: 10_000 }).toContain('output_audio_buffer.clear');
    const serverEvents = () =>
      call.session.log.filter((entry) => entry.direction === 'server').map((entry) => entry.event);
    await expect
      .poll(() => serverEvents().find((event) => event.type === 'response.done')?.['response'], { timeout: 10_000 })
      .toMatchObject({ status: 'cancelled' });
    const fullMs = sentence.length * 70;
    expect(call.playedMs).toBeLessThan(fullMs);
    await expect
      .poll(() => agentLines(page).last().getAttribute('data-status'), { timeout: 10_000 })
      .not.toBe('in_progress');
    const heard = (await agentLines(page).last().textContent()) ?? '';
    expect(heard.length).toBeGreaterThan(0);
    expect(sentence.startsWith(heard.replace(/…$/, '').trim())).toBe(true);
    expect(heard.length).toBeLessThan(sentence.length);
  });

  it('mute stops the microphone reaching the emulator, unmute resumes it', async () => {
    const page = await connectSaying('say hello', { tailMs: 500 });
    const call = lastCall();
    await expect.poll(() => call.voicedInputMs, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.click('#mute');
    expect(await page.getAttribute('#mute', 'aria-pressed')).toBe('true');
    // Packets already in flight may still land; after that nothing voiced arrives for a whole loop.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mutedAt = call.voicedInputMs;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(call.voicedInputMs).toBe(mutedAt);
    await page.click('#mute');
    await expect.poll(() => call.voicedInputMs, { timeout: 10_000 }).toBeGreaterThan(mutedAt);
  });
});
