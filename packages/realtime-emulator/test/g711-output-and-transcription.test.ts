import { describe, expect, it } from 'vitest';
import { type BrainItem, decodeMulaw, defaultBrain, startEmulator } from '../src/index';
import { decodeModem, encodeModem } from '../src/modem/index';
import { pcmToBase64 } from './helpers/audio';
import { connect } from './helpers/client';
import { concat, silence, userText } from './helpers/events';

describe('G.711 output and truncation at 8 bytes per ms', () => {
  it('speaks μ-law when the response asks for it and truncates against those bytes', async () => {
    const contexts: BrainItem[][] = [];
    await using emulator = await startEmulator({
      brain: (conversation, session) => {
        contexts.push(conversation);
        return defaultBrain(conversation, session);
      },
    });
    const client = await connect(emulator.url);
    client.send(userText('say abcdefghij'));
    client.send({ type: 'response.create', response: { audio: { output: { format: { type: 'audio/pcmu' } } } } });
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({ audio: { output: { format: { type: 'audio/pcmu' } } } });
    const bytes = Buffer.concat(
      client.events
        .filter((event) => event.type === 'response.output_audio.delta')
        .map((event) => Buffer.from(event.delta as string, 'base64')),
    );
    expect(bytes.length).toBe(10 * 70 * 8);
    expect(decodeModem(decodeMulaw(new Uint8Array(bytes)), 8000)).toBe('abcdefghij');
    const itemId = (done.response as { output: Array<{ id: string }> }).output[0]?.id;
    client.send({ type: 'conversation.item.truncate', item_id: itemId, content_index: 0, audio_end_ms: 210 });
    await client.next('conversation.item.truncated');
    client.send({ type: 'conversation.item.retrieve', item_id: itemId });
    const retrieved = await client.next('conversation.item.retrieved');
    const audio = (retrieved.item as { content: Array<{ audio: string }> }).content[0]?.audio ?? '';
    expect(Buffer.from(audio, 'base64').length).toBe(210 * 8);
    expect(emulator.connections[0]?.transcript.at(-1)).toMatchObject({ truncated: true, heard: 'abc' });
    // The model's context keeps nothing the user did not hear.
    client.send({ type: 'response.create', response: { output_modalities: ['text'] } });
    await client.next('response.done');
    expect(contexts[1]?.find((item) => item.id === itemId)).toMatchObject({ role: 'assistant', text: '' });
    client.close();
  });
});

describe('transcription sessions', () => {
  it('transcribes turns with ?intent=transcription and refuses responses', async () => {
    await using emulator = await startEmulator();
    const client = await connect(`${emulator.url}?intent=transcription`);
    expect(client.events[0]?.session).toMatchObject({
      type: 'transcription',
      object: 'realtime.transcription_session',
    });
    client.send({
      type: 'session.update',
      session: {
        type: 'transcription',
        audio: {
          input: {
            transcription: { model: 'gpt-4o-transcribe' },
            turn_detection: { type: 'server_vad', silence_duration_ms: 300 },
          },
        },
      },
    });
    await client.next('session.updated');
    client.send({
      type: 'input_audio_buffer.append',
      audio: pcmToBase64(concat([silence(100), encodeModem('dictation 1 2 3'), silence(500)])),
    });
    const completed = await client.next('conversation.item.input_audio_transcription.completed');
    expect(completed.transcript).toBe('dictation 1 2 3');
    const deltas = client.events
      .filter((event) => event.type === 'conversation.item.input_audio_transcription.delta')
      .map((event) => event.delta);
    expect(deltas.join('')).toBe('dictation 1 2 3');
    expect(client.events.some((event) => event.type === 'response.created')).toBe(false);
    client.send({ type: 'response.create', event_id: 'no' });
    expect((await client.next('error')).error).toMatchObject({ event_id: 'no', code: 'invalid_value' });
    client.close();
  });
});
