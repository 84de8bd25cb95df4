import { encodeModem } from '@parley/realtime-emulator/modem';
import { startTwilioCall, type TwilioCall } from '@parley/realtime-emulator/twilio';
import { encodeMuLaw } from '@parley/agents-realtime';
import { afterEach, describe, expect, it } from 'vitest';
import { startMediaServer } from '../../test/helpers/media-server';
import { TwilioMediaBridge } from './twilio-media-bridge';
import { TwilioMessageError } from './twilio-message-error';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(options: { manualStart?: boolean; speed?: number } = {}) {
  let resolveBridge!: (bridge: TwilioMediaBridge) => void;
  const bridgePromise = new Promise<TwilioMediaBridge>((resolve) => (resolveBridge = resolve));
  const server = await startMediaServer((socket) => resolveBridge(new TwilioMediaBridge(socket)));
  cleanups.push(server.close);
  const call: TwilioCall = await startTwilioCall({
    url: server.url,
    speed: options.speed ?? 20,
    manualStart: options.manualStart,
  });
  cleanups.push(() => call.hangUp());
  return { call, bridge: await bridgePromise };
}

const modemMulaw = (text: string) => {
  const samples = encodeModem(text, 8000);
  return new Uint8Array(encodeMuLaw(samples));
};

describe('TwilioMediaBridge over a simulated call', () => {
  it('holds agent audio until start, then plays it with a mark after every frame', async () => {
    const { call, bridge } = await setup({ manualStart: true });
    const audio = modemMulaw('hi there');
    bridge.sendAudio('item_a', audio);
    bridge.finishItem('item_a');
    expect(call.received).toEqual([]);
    call.begin();
    await call.waitForHeard('hi there');
    const played = await new Promise<number>((resolve) =>
      bridge.on('mark', (progress) => progress?.done && resolve(progress.playedMs)),
    );
    expect(played).toBe(Math.ceil(audio.length / 160) * 20);
    const media = call.received.filter((entry) => entry.event === 'media');
    expect(media.every((entry) => entry.bytes === 160)).toBe(true);
    expect(call.warnings).toEqual([]);
  });

  it('reports the start, caller audio and key presses', async () => {
    const { call, bridge } = await setup();
    const start = await new Promise((resolve) => bridge.once('start', resolve));
    expect(bridge.streamSid).toBe(call.streamSid);
    expect(start).toMatchObject({ start: { callSid: call.callSid } });
    const audio = await new Promise<Uint8Array>((resolve) => bridge.once('media', resolve));
    expect(audio.length).toBe(160);
    call.pressDigit('5');
    const [digit] = await new Promise<[string]>((resolve) => bridge.once('dtmf', (...args) => resolve([args[0]])));
    expect(digit).toBe('5');
  });

  it('fills frames Twilio skipped with silence', async () => {
    const { call, bridge } = await setup();
    await new Promise((resolve) => bridge.once('media', resolve));
    call.dropMedia(100);
    const filled = await new Promise<number>((resolve) =>
      bridge.on('media', (audio) => {
        if (audio.length > 160) resolve(audio.length);
      }),
    );
    expect(filled).toBe(160 + 100 * 8);
  });

  it('clears on interrupt, truncates at the heard position and ignores echoes of cleared marks', async () => {
    const { call, bridge } = await setup({ speed: 5 });
    await new Promise((resolve) => bridge.once('start', resolve));
    bridge.sendAudio('item_a', modemMulaw('a reply long enough to interrupt'));
    await call.waitForHeard('a reply');
    const truncations = bridge.interrupt();
    expect(truncations).toHaveLength(1);
    const heardMs = truncations[0]!.audioEndMs;
    expect(heardMs).toBeGreaterThan(0);
    expect(heardMs).toBeLessThan(bridge.tracker.sentMs('item_a') || Infinity);
    const [pending] = await call.waitForEvent('clear');
    expect(pending.length).toBeGreaterThan(0);
    await call.waitUntil(call.nowMs + 200);
    // The caller heard up to the truncation point, plus what played while the clear travelled
    // (at most one more 70 ms modem symbol here).
    expect(call.heardText.length).toBeLessThanOrEqual(Math.ceil((heardMs + 20) / 70) + 1);
    expect(call.heardText.length).toBeGreaterThanOrEqual(Math.floor(heardMs / 70));
  });

  it('reports malformed frames as errors and keeps going', async () => {
    const { call, bridge } = await setup();
    const errors: TwilioMessageError[] = [];
    bridge.on('error', (error) => errors.push(error));
    call.sendRaw('{not json');
    call.sendRaw(JSON.stringify({ event: 'media', streamSid: call.streamSid }));
    await new Promise((resolve) => bridge.once('media', resolve));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBeInstanceOf(TwilioMessageError);
  });

  it('emits stop and close when the caller hangs up', async () => {
    const { call, bridge } = await setup();
    const events: string[] = [];
    bridge.on('stop', () => events.push('stop'));
    const closed = new Promise((resolve) => bridge.once('close', resolve));
    await call.waitUntil(40);
    await call.hangUp();
    await closed;
    expect(events).toEqual(['stop']);
    expect(bridge.closed).toBe(true);
  });
});
