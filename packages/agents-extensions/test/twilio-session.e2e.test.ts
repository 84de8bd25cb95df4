import { RealtimeAgent, RealtimeSession, tool, type TransportEvent } from '@parley/agents-realtime';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TwilioRealtimeTransportLayer } from '../src/twilio/twilio-realtime-transport';
import { startCallFixture } from './helpers/call-fixture';

type Fixture = Awaited<ReturnType<typeof startCallFixture>>;
const fixtures: Fixture[] = [];
const sessions: RealtimeSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) session.close();
  for (const fixture of fixtures.splice(0)) await fixture.close();
});

const getWeather = tool({
  name: 'get_weather',
  description: 'Weather in a city.',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

/** A call whose media-stream handler is the guide's: transport, session, connect. */
async function startSessionCall(agent: RealtimeAgent) {
  let resolveSession!: (value: { session: RealtimeSession; transport: TwilioRealtimeTransportLayer }) => void;
  const ready = new Promise<{ session: RealtimeSession; transport: TwilioRealtimeTransportLayer }>(
    (resolve) => (resolveSession = resolve),
  );
  const fixture = await startCallFixture({
    onSocket: (socket, emulator) => {
      const transport = new TwilioRealtimeTransportLayer({ twilioWebSocket: socket });
      const session = new RealtimeSession(agent, { transport });
      sessions.push(session);
      resolveSession({ session, transport });
      void session.connect({ apiKey: 'sk-test', url: emulator.url });
    },
  });
  fixtures.push(fixture);
  return { ...fixture, ...(await ready) };
}

describe('RealtimeSession over Twilio', () => {
  it('runs a tool asked for on the phone and speaks its result', async () => {
    const agent = new RealtimeAgent({ name: 'Phone', instructions: 'Answer briefly.', tools: [getWeather] });
    const { call, session } = await startSessionCall(agent);
    const tools: string[] = [];
    session.on('agent_tool_end', (_context, _agent, usedTool, result) => tools.push(`${usedTool.name}=${result}`));
    await call.say('call get_weather {"city":"Oslo"}');
    await call.waitForHeard('The result of get_weather is sunny in Oslo.');
    expect(tools).toEqual(['get_weather=sunny in Oslo']);
  });

  it('keeps μ-law across a handoff and exposes dtmf as a transport event', async () => {
    const billing = new RealtimeAgent({ name: 'Billing', instructions: 'You are Billing.' });
    const triage = new RealtimeAgent({ name: 'Triage', instructions: 'You are Triage.', handoffs: [billing] });
    const { call, session, connection } = await startSessionCall(triage);
    const events: TransportEvent[] = [];
    session.on('transport_event', (event) => events.push(event));
    const handedOff = new Promise((resolve) => session.once('agent_handoff', resolve));
    await call.say('call transfer_to_billing');
    await handedOff;
    await call.say('say still clear');
    await call.waitForHeard('still clear');
    const updates = (await connection).events('session.update', 'client') as any[];
    expect(updates.length).toBeGreaterThan(1);
    for (const update of updates) {
      const format = update.session.audio?.input?.format;
      if (format) expect(format.type).toBe('audio/pcmu');
      const output = update.session.audio?.output?.format;
      if (output) expect(output.type).toBe('audio/pcmu');
    }
    call.pressDigit('#');
    await expect.poll(() => events.find((event) => event.type === 'twilio_dtmf')).toMatchObject({ digit: '#' });
  });

  it('leaves the history with only what the caller heard after a barge-in', async () => {
    const agent = new RealtimeAgent({ name: 'Phone', instructions: 'Answer briefly.' });
    const { call, session } = await startSessionCall(agent);
    const reply = 'a rather long answer that the caller is going to cut short';
    await call.say(`say ${reply}`);
    await call.waitForHeard('a rather long');
    void call.say('say ok');
    await call.waitForEvent('clear');
    await call.waitUntil(call.nowMs + 100);
    const heard = call.heardText;
    await call.waitForHeard(/ok$/);
    const assistant = session.history.find(
      (item) => item.type === 'message' && item.role === 'assistant' && JSON.stringify(item).includes('a rather'),
    ) as { status?: string; content: { transcript?: string }[] } | undefined;
    const transcript = assistant?.content[0]?.transcript ?? '';
    // The history keeps what the caller heard: a prefix of it, short by at most two 70 ms symbols
    // (one 20 ms frame of mark granularity plus the time the clear took to reach Twilio).
    expect(heard.startsWith(transcript), `${heard} / ${transcript}`).toBe(true);
    expect(heard.length - transcript.length).toBeLessThanOrEqual(2);
    expect(transcript.length).toBeGreaterThan('a rather'.length - 1);
  });
});
