import { describe, expect, it } from 'vitest';
import { RealtimeSession } from './realtime-session';

/** The engine without any socket: frames in, events out through the sink. */
function engine() {
  const events: Array<Record<string, unknown>> = [];
  const session = new RealtimeSession({ send: (event) => events.push(event) });
  session.start();
  return { session, events };
}

describe('RealtimeSession (no transport)', () => {
  it('starts with session.created and answers session.update through the sink', () => {
    const { session, events } = engine();
    expect(events[0]).toMatchObject({ type: 'session.created', session: { type: 'realtime' } });
    session.receive({ type: 'session.update', session: { type: 'realtime', instructions: 'x' } });
    expect(events[1]).toMatchObject({ type: 'session.updated', session: { instructions: 'x' } });
    session.close();
  });

  it('never throws out of receive, whatever arrives', () => {
    const { session, events } = engine();
    for (const frame of ['', 'null', '42', '{"type":1}', '{"type":"response.cancel"}'])
      expect(() => session.receive(frame)).not.toThrow();
    expect(events.filter((event) => event.type === 'error')).toHaveLength(5);
    session.close();
  });

  it('stops sending after close', () => {
    const { session, events } = engine();
    session.close();
    session.receive({ type: 'session.update', session: { type: 'realtime' } });
    expect(events).toHaveLength(1);
    expect(session.closed).toBe(true);
  });
});
