import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { connect } from './helpers/client';
import { userText } from './helpers/events';

describe('response lifecycle', () => {
  it('allows one default-conversation response at a time and echoes the event id', async () => {
    await using emulator = await startEmulator({ pacing: { speed: 5 } });
    const client = await connect(emulator.url);
    client.send(userText('say one two three four five six seven eight nine ten'));
    client.send({ type: 'response.create' });
    const created = await client.next('response.created');
    client.send({ type: 'response.create', event_id: 'second' });
    const error = await client.next('error');
    expect(error.error).toMatchObject({ code: 'conversation_already_has_active_response', event_id: 'second' });
    expect((error.error as { message: string }).message).toContain((created.response as { id: string }).id);
    client.send({ type: 'response.cancel' });
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({
      status: 'cancelled',
      status_details: { type: 'cancelled', reason: 'client_cancelled' },
    });
    const itemDone = client.events.find((event) => event.type === 'response.output_item.done');
    expect(itemDone?.item).toMatchObject({ status: 'incomplete' });
    client.send({ type: 'response.cancel', event_id: 'nothing' });
    expect((await client.next('error')).error).toMatchObject({
      code: 'response_cancel_not_active',
      event_id: 'nothing',
    });
    client.close();
  });

  it('runs out-of-band responses with custom input, metadata and no conversation writes', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send({
      ...userText('say main answer'),
      item: { id: 'item_q', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say main answer' }] },
    });
    await client.next('conversation.item.done');
    client.send({
      type: 'response.create',
      response: {
        conversation: 'none',
        output_modalities: ['text'],
        metadata: { purpose: 'classifier' },
        input: [
          { type: 'item_reference', id: 'item_q' },
          { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'say yes' }] },
        ],
      },
    });
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({
      conversation_id: null,
      metadata: { purpose: 'classifier' },
      status: 'completed',
    });
    expect((done.response as { output: Array<{ content: Array<{ text: string }> }> }).output[0]?.content[0]?.text).toBe(
      'yes',
    );
    expect(
      client.events.some(
        (event) => event.type === 'conversation.item.added' && (event.item as { role: string }).role === 'assistant',
      ),
    ).toBe(false);
    expect(emulator.connections[0]?.session.conversation.items).toHaveLength(1);
    client.send({
      type: 'response.create',
      event_id: 'bad-ref',
      response: { conversation: 'none', input: [{ type: 'item_reference', id: 'item_missing' }] },
    });
    expect((await client.next('error')).error).toMatchObject({ event_id: 'bad-ref', code: 'invalid_value' });
    client.close();
  });

  it('stops at max_output_tokens with status incomplete', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send(userText('say this answer is much longer than eight characters'));
    client.send({ type: 'response.create', response: { output_modalities: ['text'], max_output_tokens: 2 } });
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({
      status: 'incomplete',
      status_details: { type: 'incomplete', reason: 'max_output_tokens' },
    });
    client.close();
  });

  it('reports a brain that throws as a failed response, and keeps the session', async () => {
    let calls = 0;
    await using emulator = await startEmulator({
      brain: () => {
        calls++;
        if (calls === 1) throw new Error('model exploded');
        return 'recovered';
      },
    });
    const client = await connect(emulator.url);
    client.send({ type: 'response.create' });
    const failed = await client.next('response.done');
    expect(failed.response).toMatchObject({
      status: 'failed',
      status_details: { type: 'failed', error: { message: 'model exploded' } },
    });
    client.send({ type: 'response.create', response: { output_modalities: ['text'] } });
    const done = await client.next('response.done');
    expect((done.response as { output: Array<{ content: Array<{ text: string }> }> }).output[0]?.content[0]?.text).toBe(
      'recovered',
    );
    client.close();
  });

  it('reports usage and rate limits consistently', async () => {
    await using emulator = await startEmulator();
    const client = await connect(emulator.url);
    client.send(userText('say abcdefgh'));
    client.send({ type: 'response.create', response: { output_modalities: ['text'] } });
    const done = await client.next('response.done');
    const usage = (
      done.response as {
        usage: {
          input_tokens: number;
          output_tokens: number;
          total_tokens: number;
          output_token_details: { text_tokens: number };
        };
      }
    ).usage;
    expect(usage.output_token_details.text_tokens).toBe(2);
    expect(usage.total_tokens).toBe(usage.input_tokens + usage.output_tokens);
    const limits = await client.next('rate_limits.updated');
    expect((limits.rate_limits as Array<{ name: string }>).map((entry) => entry.name)).toEqual(['requests', 'tokens']);
    client.close();
  });
});
