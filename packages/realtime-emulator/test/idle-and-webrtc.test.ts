import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { decodeModem, encodeModem } from '../src/modem/index';
import { connect } from './helpers/client';
import { concat, silence, userText } from './helpers/events';

describe('idle timeout', () => {
  it('fires timeout_triggered after a response and silence, then answers', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        output_modalities: ['text'],
        audio: { input: { turn_detection: { type: 'server_vad', idle_timeout_ms: 30 } } },
      },
    });
    await client.next('session.updated');
    client.send(userText('say are you there?'));
    client.send({ type: 'response.create' });
    await client.next('response.done');
    const timeout = await client.next('input_audio_buffer.timeout_triggered');
    expect(timeout.item_id).toMatch(/^item_/);
    const committed = await client.next('input_audio_buffer.committed');
    expect(committed.item_id).toBe(timeout.item_id);
    const done = await client.next('response.done');
    expect((done.response as { status: string }).status).toBe('completed');
    client.close();
  });
});

describe('attached sessions (WebRTC-style transports)', () => {
  it('plays audio through the callback, reports the output buffer, and hears media input', async () => {
    await using emulator = await startEmulator();
    const events: Array<Record<string, unknown>> = [];
    const played: Int16Array[] = [];
    let cleared = 0;
    const connection = emulator.attachSession({
      send: (event) => events.push(event),
      transport: 'webrtc',
      onOutputAudio: (samples) => played.push(samples.slice()),
      onOutputAudioCleared: () => cleared++,
    });
    expect(events[0]?.type).toBe('session.created');
    expect(emulator.connections).toContain(connection);
    connection.session.receive(JSON.stringify(userText('say over webrtc')));
    connection.session.receive({ type: 'response.create' });
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (events.some((event) => event.type === 'output_audio_buffer.stopped')) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    const types = events.map((event) => event.type);
    expect(types).not.toContain('response.output_audio.delta');
    expect(types.indexOf('output_audio_buffer.started')).toBeGreaterThan(types.indexOf('response.content_part.added'));
    expect(types.indexOf('output_audio_buffer.stopped')).toBeGreaterThan(types.indexOf('response.done'));
    expect(decodeModem(concat(played))).toBe('over webrtc');

    // Microphone audio at 48 kHz goes through the same detector.
    const speech = concat([encodeModem('say heard', 48000), silence(700, 48000)]);
    connection.session.appendInputAudio(speech, 48000);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (events.filter((event) => event.type === 'response.done').length === 2) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    expect(connection.transcript.find((entry) => entry.via === 'audio')?.text).toBe('say heard');
    connection.session.receive({ type: 'output_audio_buffer.clear' });
    expect(events.at(-1)?.type).toBe('output_audio_buffer.cleared');
    expect(cleared).toBe(1);
    connection.close();
    await connection.closed;
  });
});
