import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { connect } from './helpers/client';
import { userText } from './helpers/events';

describe('function calls and conversation items', () => {
  it('runs the function call round trip of section 8 (e)', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        output_modalities: ['text'],
        tools: [{ type: 'function', name: 'get_weather', parameters: {} }],
      },
    });
    await client.next('session.updated');
    client.send(userText('call get_weather {"city":"Oslo"}'));
    const start = client.events.length;
    client.send({ type: 'response.create' });
    const done = await client.next('response.done');
    const types = client.typesSince(start).filter((type) => !type.endsWith('.delta'));
    expect(types.slice(0, types.indexOf('response.done') + 1)).toEqual([
      'conversation.item.added',
      'conversation.item.done',
      'response.created',
      'response.output_item.added',
      'conversation.item.added',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
    ]);
    const args = client.events
      .filter((event) => event.type === 'response.function_call_arguments.delta')
      .map((event) => event.delta);
    expect(args.join('')).toBe('{"city":"Oslo"}');
    const item = (
      done.response as { output: Array<{ type: string; name: string; call_id: string; arguments: string }> }
    ).output[0];
    expect(item).toMatchObject({ type: 'function_call', name: 'get_weather', arguments: '{"city":"Oslo"}' });
    // No response on its own after the output arrives.
    client.send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: item?.call_id, output: '{"temp_c":4}' },
    });
    await client.next('conversation.item.done');
    client.send({ type: 'response.create' });
    const second = await client.next('response.done');
    const message = (second.response as { output: Array<{ content: Array<{ text: string }> }> }).output[0];
    expect(message?.content[0]?.text).toContain('{"temp_c":4}');
    expect(client.events.filter((event) => event.type === 'response.created')).toHaveLength(2);
    expect(emulator.connections[0]?.transcript.map((entry) => entry.kind)).toEqual([
      'message',
      'function_call',
      'function_call_output',
      'message',
    ]);
    client.close();
  });

  it('does not call tools when tool_choice is none', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send(userText('call lookup {}'));
    client.send({ type: 'response.create', response: { tool_choice: 'none', output_modalities: ['text'] } });
    const done = await client.next('response.done');
    expect((done.response as { output: Array<{ type: string }> }).output.map((item) => item.type)).toEqual(['message']);
    client.close();
  });

  it('rejects a function_call_output for an unknown call id', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      type: 'conversation.item.create',
      event_id: 'c1',
      item: { type: 'function_call_output', call_id: 'call_nope', output: 'x' },
    });
    const error = await client.next('error');
    expect(error.error).toMatchObject({ type: 'invalid_request_error', param: 'item.call_id', event_id: 'c1' });
    client.close();
  });

  it('inserts at root or after an item, retrieves, deletes, and reports unknown ids', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      ...userText('first'),
      item: { id: 'item_a', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'a' }] },
    });
    const first = await client.next('conversation.item.added');
    expect(first.previous_item_id).toBeNull();
    client.send({
      type: 'conversation.item.create',
      previous_item_id: 'root',
      item: { id: 'item_b', type: 'message', role: 'system', content: [{ type: 'input_text', text: 'b' }] },
    });
    expect((await client.next('conversation.item.added')).previous_item_id).toBeNull();
    client.send({
      type: 'conversation.item.create',
      previous_item_id: 'item_b',
      item: { id: 'item_c', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'c' }] },
    });
    expect((await client.next('conversation.item.added')).previous_item_id).toBe('item_b');
    client.send({
      type: 'conversation.item.create',
      event_id: 'bad-prev',
      previous_item_id: 'item_zzz',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'x' }] },
    });
    expect((await client.next('error')).error).toMatchObject({
      code: 'item_not_found',
      param: 'previous_item_id',
      event_id: 'bad-prev',
    });
    expect(emulator.connections[0]?.session.conversation.items.map((item) => item.id)).toEqual([
      'item_b',
      'item_c',
      'item_a',
    ]);

    client.send({ type: 'conversation.item.retrieve', item_id: 'item_c' });
    const retrieved = await client.next('conversation.item.retrieved');
    expect(retrieved.item).toMatchObject({ id: 'item_c', content: [{ type: 'input_text', text: 'c' }] });
    client.send({ type: 'conversation.item.delete', item_id: 'item_c' });
    expect((await client.next('conversation.item.deleted')).item_id).toBe('item_c');
    for (const type of ['conversation.item.retrieve', 'conversation.item.delete']) {
      client.send({ type, item_id: 'item_c', event_id: type });
      expect((await client.next('error')).error).toMatchObject({ code: 'item_not_found', event_id: type });
    }
    client.send({ type: 'conversation.item.retrieve', event_id: 'no-id' });
    expect((await client.next('error')).error).toMatchObject({ code: 'missing_required_parameter', param: 'item_id' });
    client.close();
  });

  it('rejects malformed items and assistant audio from the client, and stays usable', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({ type: 'conversation.item.create' });
    expect((await client.next('error')).error).toMatchObject({ code: 'missing_required_parameter', param: 'item' });
    client.send({ type: 'conversation.item.create', item: { type: 'message', role: 'robot', content: [] } });
    expect((await client.next('error')).error).toMatchObject({ code: 'invalid_value', param: 'item.role' });
    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'x' }] },
    });
    expect((await client.next('error')).error).toMatchObject({ code: 'invalid_value', param: 'item.content[0].type' });
    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'assistant', content: [{ type: 'output_audio', audio: 'AAAA' }] },
    });
    expect((await client.next('error')).error).toMatchObject({ code: 'invalid_value' });
    client.send(userText('say still here'));
    client.send({ type: 'response.create' });
    const done = await client.next('response.done');
    expect((done.response as { status: string }).status).toBe('completed');
    client.close();
  });
});
