import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { connect } from './helpers/client';

describe('session.update', () => {
  it('echoes the full effective GA session, merging only present fields', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    const created = client.events[0] as unknown as { session: Record<string, unknown> };
    expect(created.session).toMatchObject({
      type: 'realtime',
      object: 'realtime.session',
      output_modalities: ['audio'],
      audio: {
        input: {
          format: { type: 'audio/pcm', rate: 24000 },
          turn_detection: { type: 'server_vad', interrupt_response: true },
        },
        output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'marin' },
      },
    });
    expect(created.session.id).toMatch(/^sess_[A-Za-z0-9]{21}$/);
    client.send({
      type: 'session.update',
      event_id: 'u1',
      session: { type: 'realtime', audio: { output: { voice: 'cedar' } }, tools: [{ type: 'function', name: 'f' }] },
    });
    const updated = await client.next('session.updated');
    expect(updated.event_id).not.toBe('u1');
    expect(updated.session).toMatchObject({
      tools: [{ type: 'function', name: 'f' }],
      audio: {
        input: { format: { type: 'audio/pcm' }, turn_detection: { type: 'server_vad' } },
        output: { voice: 'cedar' },
      },
    });
    client.send({ type: 'session.update', session: { type: 'realtime', instructions: '', tools: [] } });
    expect((await client.next('session.updated')).session).toMatchObject({ instructions: '', tools: [] });
    client.close();
  });

  it('rejects bad updates with the documented error and keeps the old configuration', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [
        { type: 'realtime', colour: 'red' },
        { code: 'unknown_parameter', param: 'session.colour', message: "Unknown parameter: 'session.colour'." },
      ],
      [{ instructions: 'x' }, { code: 'missing_required_parameter', param: 'session.type' }],
      [
        { type: 'realtime', audio: { input: { format: { type: 'audio/flac' } } } },
        { code: 'invalid_value', param: 'session.audio.input.format.type' },
      ],
      [
        { type: 'realtime', output_modalities: ['audio', 'text'] },
        { code: 'invalid_value', param: 'session.output_modalities' },
      ],
      [
        { type: 'realtime', audio: { input: { turn_detection: { type: 'server_vad', threshold: 3 } } } },
        { code: 'invalid_value', param: 'session.audio.input.turn_detection.threshold' },
      ],
      [
        { type: 'realtime', max_output_tokens: 9999 },
        { code: 'invalid_value', param: 'session.max_output_tokens' },
      ],
    ];
    for (const [session, expected] of cases) {
      client.send({ type: 'session.update', event_id: 'bad', session });
      const error = await client.next('error');
      expect(error.error).toMatchObject({ type: 'invalid_request_error', event_id: 'bad', ...expected });
    }
    expect(client.events.some((event) => event.type === 'session.updated')).toBe(false);
    expect(emulator.connections[0]?.session.config.inputFormat).toBe('pcm16');
    client.close();
  });

  it('speaks the beta session shape and maps formats', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url, { beta: true });
    client.send({
      type: 'session.update',
      session: {
        input_audio_format: 'g711_alaw',
        turn_detection: null,
        input_audio_transcription: { model: 'whisper-1' },
      },
    });
    const updated = await client.next('session.updated');
    expect(updated.session).toMatchObject({
      input_audio_format: 'g711_alaw',
      turn_detection: null,
      modalities: ['text', 'audio'],
      input_audio_transcription: { model: 'whisper-1' },
    });
    client.send({ type: 'session.update', session: { input_audio_format: 'wav' } });
    expect((await client.next('error')).error).toMatchObject({
      code: 'invalid_value',
      param: 'session.input_audio_format',
    });
    client.send({ type: 'transcription_session.update', session: { input_audio_format: 'pcm16' } });
    expect((await client.next('transcription_session.updated')).session).toMatchObject({ input_audio_format: 'pcm16' });
    client.close();
  });
});
