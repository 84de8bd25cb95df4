import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { connect } from './helpers/client';
import { userText } from './helpers/events';

describe('protocol errors keep the connection usable', () => {
  it('answers unknown types, malformed JSON, missing type and oversize frames with error events', async () => {
    await using emulator = await startEmulator({ maxEventBytes: 2000 });
    const client = await connect(emulator.url);
    client.send({ type: 'session.frobnicate', event_id: 'e1' });
    const unknown = await client.next('error');
    expect(unknown.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'invalid_value',
      param: 'type',
      event_id: 'e1',
    });
    expect((unknown.error as { message: string }).message).toContain("Invalid value: 'session.frobnicate'.");

    client.send('{"type": "session.update", ');
    expect((await client.next('error')).error).toMatchObject({ code: 'invalid_json', event_id: null });
    client.send('[1,2]');
    expect((await client.next('error')).error).toMatchObject({ code: 'invalid_json' });
    client.send({ event_id: 'e3' });
    expect((await client.next('error')).error).toMatchObject({
      code: 'missing_required_parameter',
      param: 'type',
      event_id: 'e3',
    });
    client.send({ type: 'input_audio_buffer.append', audio: 'A'.repeat(4000) });
    expect((await client.next('error')).error).toMatchObject({ code: 'event_too_large' });
    client.send({ type: 'session.update' });
    expect((await client.next('error')).error).toMatchObject({ code: 'missing_required_parameter', param: 'session' });

    client.send(userText('say alive'));
    client.send({ type: 'response.create', response: { output_modalities: ['text'] } });
    const done = await client.next('response.done');
    expect((done.response as { status: string }).status).toBe('completed');
    const log = emulator.connections[0]?.log ?? [];
    expect(
      log
        .filter((entry) => entry.direction === 'client')
        .some((entry) => entry.event.raw === '{"type": "session.update", '),
    ).toBe(true);
    client.close();
  });

  it('rejects bad response.create options', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({ type: 'response.create', event_id: 'r1', response: { conversation: 'sometimes' } });
    expect((await client.next('error')).error).toMatchObject({
      code: 'invalid_value',
      param: 'response.conversation',
      event_id: 'r1',
    });
    client.send({ type: 'response.create', event_id: 'r2', response: { metadata: { a: 1 } } });
    expect((await client.next('error')).error).toMatchObject({ param: 'response.metadata', event_id: 'r2' });
    client.close();
  });
});
