import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { decodeModem } from '../src/modem/index';
import { base64ToPcm } from './helpers/audio';
import { connect } from './helpers/client';

function userText(text: string) {
  return {
    type: 'conversation.item.create',
    item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] },
  };
}

describe('text turn over a real socket', () => {
  it('answers "say TEXT" with exactly TEXT, in the documented order, as audio the modem decodes', async () => {
    await using emulator = await startEmulator();
    const client = await connect(`${emulator.url}?model=gpt-realtime`);
    client.send(userText('say Hello there, friend.'));
    await client.next('conversation.item.done');
    const start = client.events.length;
    client.send({ type: 'response.create' });
    const done = await client.next('response.done');
    await client.next('rate_limits.updated');
    const types = client.typesSince(start).filter((type) => !type.endsWith('.delta'));
    expect(types).toEqual([
      'response.created',
      'response.output_item.added',
      'conversation.item.added',
      'response.content_part.added',
      'response.output_audio.done',
      'response.output_audio_transcript.done',
      'response.content_part.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
      'rate_limits.updated',
    ]);
    const response = done.response as {
      status: string;
      output: Array<{ content: Array<{ type: string; transcript: string }> }>;
      usage: { output_tokens: number };
    };
    expect(response.status).toBe('completed');
    expect(response.output[0]?.content[0]).toEqual({ type: 'output_audio', transcript: 'Hello there, friend.' });
    expect(response.usage.output_tokens).toBeGreaterThan(0);
    const deltas = client.events.filter((event) => event.type === 'response.output_audio.delta');
    const samples = deltas.map((event) => base64ToPcm(event.delta as string));
    const all = new Int16Array(samples.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const chunk of samples) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    expect(decodeModem(all)).toBe('Hello there, friend.');
    const transcript = client.events
      .filter((event) => event.type === 'response.output_audio_transcript.delta')
      .map((event) => event.delta)
      .join('');
    expect(transcript).toBe('Hello there, friend.');
    client.close();
  });

  it('streams text deltas when the session is text-only, and uses GA ids', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      type: 'session.update',
      session: { type: 'realtime', output_modalities: ['text'], instructions: 'You are Ada.' },
    });
    const updated = await client.next('session.updated');
    expect((updated.session as { output_modalities: string[] }).output_modalities).toEqual(['text']);
    client.send(userText('how are you'));
    client.send({ type: 'response.create' });
    const done = await client.next('response.done');
    const text = client.events
      .filter((event) => event.type === 'response.output_text.delta')
      .map((event) => event.delta)
      .join('');
    expect(text).toBe('Ada: You said: how are you');
    expect((done.response as { id: string }).id).toMatch(/^resp_[A-Za-z0-9]{21}$/);
    expect(done.event_id).toMatch(/^event_[A-Za-z0-9]{21}$/);
    client.close();
  });

  it('speaks the beta dialect when asked, with beta event names', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url, { beta: true });
    await client.next('conversation.created');
    client.send({
      type: 'session.update',
      session: { modalities: ['text', 'audio'], output_audio_format: 'g711_ulaw' },
    });
    const updated = await client.next('session.updated');
    expect((updated.session as { output_audio_format: string }).output_audio_format).toBe('g711_ulaw');
    client.send(userText('say beta'));
    await client.next('conversation.item.created');
    client.send({ type: 'response.create' });
    await client.next('response.done');
    const types = new Set(client.events.map((event) => event.type));
    expect(types.has('response.audio.delta')).toBe(true);
    expect(types.has('response.audio_transcript.done')).toBe(true);
    expect(types.has('response.output_audio.delta')).toBe(false);
    expect(types.has('conversation.item.added')).toBe(false);
    expect(types.has('conversation.item.done')).toBe(false);
    client.close();
  });
});
