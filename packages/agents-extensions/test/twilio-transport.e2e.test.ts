import { afterEach, describe, expect, it } from 'vitest';
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

describe('TwilioRealtimeTransportLayer end to end', () => {
  it('answers the caller in μ-law without transcoding', async () => {
    const { call, connection } = await start();
    await call.say('say hello there');
    await call.waitForHeard('hello there');
    const conn = await connection;
    const update = conn.events('session.update', 'client')[0] as any;
    expect(update.session.audio.input.format.type).toBe('audio/pcmu');
    expect(update.session.audio.output.format.type).toBe('audio/pcmu');
    expect(call.warnings).toEqual([]);
  });
});
