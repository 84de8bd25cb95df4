import type { TransportEvent } from '@parley/agents-realtime';
import { afterEach, describe, expect, it } from 'vitest';
import { TwilioMessageError } from '../src/twilio/twilio-message-error';
import { startCallFixture } from './helpers/call-fixture';

type Fixture = Awaited<ReturnType<typeof startCallFixture>>;
const fixtures: Fixture[] = [];
afterEach(async () => {
  for (const fixture of fixtures.splice(0)) await fixture.close();
});

async function start(options: Parameters<typeof startCallFixture>[0] = {}) {
  const fixture = await startCallFixture(options);
  fixtures.push(fixture);
  return fixture;
}

const LONG_REPLY = 'this answer is long enough for the caller to interrupt it halfway';

describe('TwilioRealtimeTransportLayer end to end', () => {
  it('answers the caller in μ-law without transcoding', async () => {
    const { call, connection, transport } = await start();
    const started: string[] = [];
    transport!.on('audio_playback_started', ({ itemId }) => started.push(itemId));
    await call.say('say hello there');
    await call.waitForHeard('hello there');
    const update = (await connection).events('session.update', 'client')[0] as any;
    expect(update.session.audio.input.format.type).toBe('audio/pcmu');
    expect(update.session.audio.output.format.type).toBe('audio/pcmu');
    expect(call.warnings).toEqual([]);
    // Playback start is reported once per item, from the first mark echo.
    expect(started, JSON.stringify((await connection).transcript)).toHaveLength(1);
  });

  it('transcodes when the model is configured for PCM16 at 24 kHz', async () => {
    const fixture = await start({ connectGate: new Promise(() => {}) });
    const { call, transport, emulator } = fixture;
    await transport!.connect({
      apiKey: 'sk-test',
      url: emulator.url,
      initialSessionConfig: { audio: { input: { format: 'pcm16' }, output: { format: 'pcm16' } } },
    });
    await call.say('say pcm works');
    await call.waitForHeard('pcm works');
    const update = (await fixture.connection).events('session.update', 'client')[0] as any;
    expect(update.session.audio.output.format.type).toBe('audio/pcm');
  });

  it('buffers caller audio that arrives before the model socket is open', async () => {
    let open!: () => void;
    const { call } = await start({ connectGate: new Promise<void>((resolve) => (open = resolve)) });
    await call.say('say early bird');
    open();
    await call.waitForHeard('early bird');
  });

  it('runs a tool call over the phone', async () => {
    const { call, transport } = await start();
    transport!.on('function_call', (event) => {
      expect(JSON.parse(event.arguments)).toEqual({ city: 'Paris' });
      transport!.sendFunctionCallOutput(event, 'sunny');
    });
    await call.say('call get_weather {"city":"Paris"}');
    await call.waitForHeard('The result of get_weather is sunny.');
  });

  it('on barge-in clears Twilio and truncates at what the caller heard', async () => {
    const { call, transport, connection } = await start();
    const truncated: { itemId: string; audioEndMs: number }[] = [];
    transport!.on('item_truncated', (event) => truncated.push(event));
    await call.say(`say ${LONG_REPLY}`);
    await call.waitForHeard('this answer is');
    const interruption = call.say('say ok');
    const [pendingMarks] = await call.waitForEvent('clear');
    // Let the decoder finish the symbol that was cut; nothing else plays until the caller is done.
    await call.waitUntil(call.nowMs + 100);
    const heardByCaller = call.heardText;
    await interruption;
    await call.waitForHeard(/ok$/);
    expect(pendingMarks.length).toBeGreaterThan(0);
    expect(truncated).toHaveLength(1);
    const conn = await connection;
    await expect.poll(() => conn.transcript.find((entry) => entry.truncated)).toBeDefined();
    const entry = conn.transcript.find((item) => item.itemId === truncated[0]!.itemId)!;
    expect(entry.truncated, JSON.stringify(conn.transcript)).toBe(true);
    expect(entry.audioEndMs).toBe(truncated[0]!.audioEndMs);
    // The model keeps exactly what the caller heard, within one 20 ms frame (a modem symbol is 70 ms).
    expect(heardByCaller.startsWith(entry.heard!), `${heardByCaller} / ${entry.heard}`).toBe(true);
    expect(heardByCaller.length - entry.heard!.length).toBeLessThanOrEqual(1);
    // Echoes of the cleared marks did not count as playback.
    expect(transport!.twilio.tracker.playedMs(entry.itemId)).toBe(0);
    expect(call.echoes.some((echo) => echo.cleared)).toBe(true);
  });

  it('never truncates beyond what was played when marks are echoed late', async () => {
    const { call, transport } = await start({ call: { markEchoDelayMs: 400 } });
    const truncated: { audioEndMs: number }[] = [];
    transport!.on('item_truncated', (event) => truncated.push(event));
    await call.say(`say ${LONG_REPLY}`);
    await call.waitForHeard('this answer is long');
    const firstAudioAt = call.received.find((entry) => entry.event === 'media')!.atMs;
    void call.say('say ok');
    await call.waitForEvent('clear');
    const playedMs = call.nowMs - firstAudioAt;
    await expect.poll(() => truncated.length).toBe(1);
    expect(truncated[0]!.audioEndMs).toBeLessThanOrEqual(playedMs);
    // Late echoes only make the heard position lag; it is still counted from marks.
    expect(truncated[0]!.audioEndMs).toBeGreaterThan(0);
  });

  it('follows a timed script: the caller asks at 0.5 s and interrupts at 7.5 s', async () => {
    const { call, transport, connection } = await start();
    const truncated: { itemId: string; audioEndMs: number }[] = [];
    transport!.on('item_truncated', (event) => truncated.push(event));
    const question = await call.say(`say ${LONG_REPLY}`, { at: 500 });
    expect(question.startMs).toBe(500);
    const interruption = await call.say('say ok', { at: 7500 });
    expect(interruption.startMs).toBe(7500);
    await call.waitForHeard(/ok$/);
    // Before 7.5 s the caller heard the start of the reply, and nothing of it after the clear.
    const heardBefore = call.heard
      .filter((entry) => entry.atMs <= 7500 + 200)
      .map((entry) => entry.text)
      .join('');
    expect(LONG_REPLY.startsWith(heardBefore)).toBe(true);
    expect(heardBefore.length).toBeGreaterThan(3);
    expect(call.heardText).toBe(`${heardBefore}ok`);
    const conn = await connection;
    const said = conn.transcript.filter((entry) => entry.role === 'user').map((entry) => entry.text);
    expect(said).toEqual([`say ${LONG_REPLY}`, 'say ok']);
    await expect.poll(() => conn.transcript.find((entry) => entry.truncated)?.heard).toBeDefined();
    const kept = conn.transcript.find((entry) => entry.truncated)!.heard!;
    expect(heardBefore.startsWith(kept)).toBe(true);
    expect(heardBefore.length - kept.length).toBeLessThanOrEqual(1);
  });

  it('truncates at the acknowledged position when echoes come late and out of pace', async () => {
    const { call, transport, connection } = await start({ call: { markEchoJitterMs: 300, markEchoDelayMs: 100 } });
    const truncated: { itemId: string; audioEndMs: number }[] = [];
    transport!.on('item_truncated', (event) => truncated.push(event));
    await call.say(`say ${LONG_REPLY}`);
    await call.waitForHeard('this answer');
    void call.say('say ok');
    await call.waitForEvent('clear');
    await call.waitUntil(call.nowMs + 100);
    const heard = call.heardText;
    await expect.poll(() => truncated.length).toBe(1);
    const conn = await connection;
    await expect.poll(() => conn.transcript.find((entry) => entry.truncated)?.heard).toBeDefined();
    const kept = conn.transcript.find((entry) => entry.truncated)!.heard!;
    // Late, irregular echoes only make the model keep less, never more than was heard.
    expect(heard.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(truncated[0]!.audioEndMs).toBeLessThanOrEqual(heard.length * 70 + 70);
  });

  it('emits dtmf and every raw Twilio message as transport events', async () => {
    const { call, transport } = await start();
    const events: TransportEvent[] = [];
    transport!.on('*', (event) => events.push(event));
    call.pressDigit('7');
    await expect.poll(() => events.find((event) => event.type === 'twilio_dtmf')).toMatchObject({ digit: '7' });
    const raw = events.filter((event) => event.type === 'twilio_message').map((event) => event.message.event);
    expect(raw).toContain('dtmf');
    expect(raw).toContain('media');
    expect(transport!.callSid).toBe(call.callSid);
  });

  it('reports malformed Twilio messages as errors and the call goes on', async () => {
    const { call, transport } = await start();
    const errors: unknown[] = [];
    transport!.on('error', (event) => errors.push(event.error));
    call.sendRaw('{"event": "media", ');
    call.sendRaw(JSON.stringify({ event: 'wat', streamSid: call.streamSid }));
    await call.say('say still here');
    await call.waitForHeard('still here');
    expect(errors).toHaveLength(2);
    expect(errors.every((error) => error instanceof TwilioMessageError)).toBe(true);
  });

  it('closes the model connection when the caller hangs up mid-response', async () => {
    const { call, transport, connection } = await start();
    await call.say(`say ${LONG_REPLY}`);
    await call.waitForHeard('this answer');
    await call.hangUp();
    const conn = await connection;
    await conn.closed;
    await expect.poll(() => transport!.status).toBe('disconnected');
  });

  it('ends the call cleanly when the model socket drops mid-call', async () => {
    const { call, transport, connection } = await start();
    const errors: unknown[] = [];
    transport!.on('error', (event) => errors.push(event.error));
    await call.say(`say ${LONG_REPLY}`);
    await call.waitForHeard('this');
    (await connection).close(1011, 'gone');
    const end = await call.ended;
    expect(end.reason).toBe('app-closed');
    expect(transport!.status).toBe('disconnected');
    expect(errors).toHaveLength(1);
  });

  it('hangs up after the goodbye has played', async () => {
    const { call, transport } = await start();
    await call.say('say goodbye');
    await new Promise((resolve) => transport!.once('audio_done', () => resolve(undefined)));
    await transport!.hangUp({ afterPlayback: true });
    const end = await call.ended;
    expect(end.reason).toBe('app-closed');
    expect(call.heardText).toContain('goodbye');
  });
});
