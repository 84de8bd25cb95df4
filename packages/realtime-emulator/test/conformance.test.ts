// Conformance: drives the emulator with nothing but the `ws` package through the sequences of the
// protocol reference (section 8) and checks event order and shapes.
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';

type Event = Record<string, unknown> & { type: string; event_id: string };

const ID = (prefix: string) => new RegExp(`^${prefix}_[A-Za-z0-9]{21}$`);

async function open(url: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(url, { headers: { Authorization: 'Bearer sk-conformance', ...headers } });
  const events: Event[] = [];
  const listeners: Array<() => void> = [];
  socket.on('message', (data) => {
    events.push(JSON.parse((data as Buffer).toString('utf8')) as Event);
    for (const listener of listeners.splice(0)) listener();
  });
  await new Promise((resolve) => socket.once('open', resolve));
  const send = (event: Record<string, unknown>) => socket.send(JSON.stringify(event));
  const until = async (predicate: (all: Event[]) => boolean) => {
    while (!predicate(events)) await new Promise<void>((resolve) => listeners.push(resolve));
  };
  const count = (type: string) => events.filter((event) => event.type === type).length;
  return { socket, events, send, until, count };
}

function pcm(samples: number, amplitude: number, frequency = 440): string {
  const data = new Int16Array(samples).map((_, n) => amplitude * Math.sin((2 * Math.PI * frequency * n) / 24000));
  return Buffer.from(data.buffer).toString('base64');
}

describe('conformance with section 8', () => {
  it('(a) connect and configure; (b) text input, model replies (GA)', async () => {
    await using emulator = await startEmulator();
    const client = await open(`${emulator.url}?model=gpt-realtime`);
    client.send({ type: 'session.update', session: { type: 'realtime', instructions: 'Be brief.' } });
    await client.until(() => client.count('session.updated') === 1);
    expect(client.events.map((event) => event.type)).toEqual(['session.created', 'session.updated']);
    for (const event of client.events) expect(event.event_id).toMatch(ID('event'));
    expect(client.events[0]?.session).toMatchObject({
      id: expect.stringMatching(ID('sess')) as unknown,
      model: 'gpt-realtime',
    });

    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say Fine.' }] },
    });
    client.send({ type: 'response.create' });
    await client.until(() => client.count('rate_limits.updated') === 1);
    const sequence = client.events.slice(2).map((event) => event.type);
    const withoutDeltas = sequence.filter((type) => !type.endsWith('.delta'));
    expect(withoutDeltas).toEqual([
      'conversation.item.added',
      'conversation.item.done',
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
    const byType = (type: string) => client.events.filter((event) => event.type === type);
    const [userAdded, assistantAdded] = byType('conversation.item.added');
    expect(userAdded).toMatchObject({
      previous_item_id: null,
      item: { type: 'message', role: 'user', status: 'completed' },
    });
    expect(assistantAdded).toMatchObject({ item: { role: 'assistant', status: 'in_progress', content: [] } });
    expect(assistantAdded?.previous_item_id).toBe((userAdded?.item as { id: string }).id);
    expect(byType('response.created')[0]?.response).toMatchObject({
      object: 'realtime.response',
      status: 'in_progress',
      output: [],
      usage: null,
    });
    expect(byType('response.content_part.added')[0]).toMatchObject({
      content_index: 0,
      output_index: 0,
      part: { type: 'audio', transcript: '' },
    });
    expect(byType('response.output_item.done')[0]?.item).toMatchObject({
      status: 'completed',
      content: [{ type: 'output_audio', transcript: 'Fine.' }],
    });
    const done = byType('response.done')[0]?.response as Record<string, unknown>;
    expect(done).toMatchObject({
      status: 'completed',
      status_details: null,
      output_modalities: ['audio'],
      audio: { output: { format: { type: 'audio/pcm', rate: 24000 } } },
    });
    expect(JSON.stringify(done)).not.toContain('"audio":"');
    for (const delta of byType('response.output_audio.delta')) {
      expect(delta).toMatchObject({ response_id: done.id, output_index: 0, content_index: 0 });
      expect(Buffer.from(delta.delta as string, 'base64').length % 2).toBe(0);
    }
    client.socket.close();
  });

  it('(c) audio turn with server VAD, then (d) barge-in with truncation', async () => {
    await using emulator = await startEmulator({ pacing: { speed: 5 } });
    const client = await open(emulator.url);
    client.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 200, prefix_padding_ms: 0 } } },
      },
    });
    await client.until(() => client.count('session.updated') === 1);
    const start = client.events.length;
    client.send({ type: 'input_audio_buffer.append', audio: pcm(2400, 0) });
    client.send({ type: 'input_audio_buffer.append', audio: pcm(7200, 12000) });
    client.send({ type: 'input_audio_buffer.append', audio: pcm(9600, 0) });
    await client.until(() => client.count('response.created') === 1);
    expect(
      client.events
        .slice(start)
        .map((event) => event.type)
        .slice(0, 6),
    ).toEqual([
      'input_audio_buffer.speech_started',
      'input_audio_buffer.speech_stopped',
      'input_audio_buffer.committed',
      'conversation.item.added',
      'conversation.item.done',
      'response.created',
    ]);
    const started = client.events.find((event) => event.type === 'input_audio_buffer.speech_started');
    const stopped = client.events.find((event) => event.type === 'input_audio_buffer.speech_stopped');
    expect(started?.audio_start_ms).toBe(100);
    expect(stopped?.audio_end_ms).toBe(400);
    await client.until(() => client.count('response.done') === 1);

    // (d) A long answer; speech while it plays cancels it.
    client.send({
      type: 'conversation.item.create',
      item: {
        type: 'message',
        role: 'user',
        content: [{ type: 'input_text', text: `say ${'lorem ipsum '.repeat(8)}` }],
      },
    });
    const deltasBefore = client.count('response.output_audio.delta');
    client.send({ type: 'response.create' });
    await client.until(() => client.count('response.output_audio.delta') >= deltasBefore + 3);
    const bargeIn = client.events.length;
    client.send({ type: 'input_audio_buffer.append', audio: pcm(4800, 12000) });
    await client.until(() => client.count('response.done') === 2);
    const closing = client.events
      .slice(bargeIn)
      .map((event) => event.type)
      .filter((type) => !type.endsWith('.delta'));
    expect(closing.slice(0, 7)).toEqual([
      'input_audio_buffer.speech_started',
      'response.output_audio.done',
      'response.output_audio_transcript.done',
      'response.content_part.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
    ]);
    const cancelled = client.events.filter((event) => event.type === 'response.done')[1]?.response as {
      status: string;
      status_details: unknown;
      output: Array<{ id: string; status: string }>;
    };
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      status_details: { type: 'cancelled', reason: 'turn_detected' },
    });
    const item = cancelled.output[0];
    expect(item?.status).toBe('incomplete');
    client.send({ type: 'conversation.item.truncate', item_id: item?.id, content_index: 0, audio_end_ms: 100 });
    await client.until(() => client.count('conversation.item.truncated') === 1);
    expect(client.events.find((event) => event.type === 'conversation.item.truncated')).toMatchObject({
      item_id: item?.id,
      content_index: 0,
      audio_end_ms: 100,
    });
    client.socket.close();
  });

  it('(e) function call round trip in the beta dialect', async () => {
    await using emulator = await startEmulator();
    const client = await open(emulator.url, { 'OpenAI-Beta': 'realtime=v1' });
    await client.until(() => client.count('conversation.created') === 1);
    client.send({
      type: 'session.update',
      session: { modalities: ['text'], tools: [{ type: 'function', name: 'transfer_to_billing', parameters: {} }] },
    });
    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'call transfer_to_billing {}' }] },
    });
    client.send({ type: 'response.create' });
    await client.until(() => client.count('response.done') === 1);
    const types = client.events.map((event) => event.type).filter((type) => !type.endsWith('.delta'));
    expect(types.slice(0, types.indexOf('response.done') + 1)).toEqual([
      'session.created',
      'conversation.created',
      'session.updated',
      'conversation.item.created',
      'response.created',
      'response.output_item.added',
      'conversation.item.created',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.done',
    ]);
    const call = client.events.find((event) => event.type === 'response.function_call_arguments.done');
    expect(call).toMatchObject({
      name: 'transfer_to_billing',
      arguments: '{}',
      call_id: expect.stringMatching(/^call_/) as unknown,
    });
    expect(client.events.find((event) => event.type === 'response.done')?.response).toMatchObject({
      modalities: ['text'],
      output_audio_format: 'pcm16',
    });
    client.send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: call?.call_id, output: 'transferred' },
    });
    await client.until(() => client.count('conversation.item.created') === 3);
    client.send({ type: 'response.create' });
    await client.until(() => client.count('response.done') === 2);
    const text = client.events.find((event) => event.type === 'response.text.done');
    expect(text?.text).toBe('The result of transfer_to_billing is transferred.');
    client.socket.close();
  });
});
