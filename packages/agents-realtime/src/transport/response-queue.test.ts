import { describe, expect, it } from 'vitest';
import { RealtimeServerError } from '../errors/realtime-server-error';
import { ResponseCreateQueue } from './response-queue';

describe('ResponseCreateQueue', () => {
  it('sends at once when idle, queues while active and coalesces parameterless requests', () => {
    const sent: any[] = [];
    const queue = new ResponseCreateQueue((event) => sent.push(event));
    queue.request();
    queue.request();
    queue.request();
    queue.request({ instructions: 'x' });
    expect(sent).toHaveLength(1);
    queue.onResponseCreated();
    queue.onResponseDone();
    expect(sent).toHaveLength(2);
    queue.onResponseCreated();
    queue.onResponseDone();
    expect(sent[2]).toMatchObject({ response: { instructions: 'x' } });
    queue.onResponseDone();
    expect(sent).toHaveLength(3);
  });

  it('keeps the request when the server already has a response, and releases on other matching errors', () => {
    const sent: any[] = [];
    const queue = new ResponseCreateQueue((event) => sent.push(event));
    queue.request();
    const busy = new RealtimeServerError({
      code: 'conversation_already_has_active_response',
      message: 'busy',
      event_id: sent[0].event_id,
    });
    expect(queue.onError(busy)).toBe(true);
    expect(queue.active).toBe(true);
    queue.onResponseDone();
    expect(sent).toHaveLength(2);
    expect(queue.onError(new RealtimeServerError({ message: 'bad', event_id: sent[1].event_id }))).toBe(true);
    expect(queue.active).toBe(false);
    expect(queue.onError(new RealtimeServerError({ message: 'unrelated' }))).toBe(false);
  });
});
