import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  ModelBehaviorError,
  RunAbortedError,
  assistant,
  run,
  tool,
  user,
  type RunStreamEvent,
} from '@parley/agents-core';
import { FakeModel, fakeMessage, fakeToolCall } from '@parley/agents-core/testing';

const add = tool({
  name: 'add',
  parameters: z.object({ a: z.number(), b: z.number() }),
  execute: ({ a, b }) => a + b,
});

function describeEvent(event: RunStreamEvent): string {
  if (event.type === 'raw_model_stream_event') return `raw:${event.data.type}`;
  if (event.type === 'run_item_stream_event') return `item:${event.name}`;
  return `agent:${event.agent.name}`;
}

describe('streamed runs', () => {
  it('yields agent, raw model and item events in order and completes with the final output', async () => {
    const model = new FakeModel([[fakeToolCall('add', { a: 2, b: 3 })], [fakeMessage('The sum is 5.')]], {
      chunkSize: 6,
    });
    const agent = new Agent({ name: 'Calc', model, tools: [add] });
    const result = await run(agent, 'Add 2 and 3', { stream: true });
    const events: string[] = [];
    for await (const event of result) events.push(describeEvent(event));
    await result.completed;
    expect(result.finalOutput).toBe('The sum is 5.');
    expect(result.isComplete).toBe(true);
    expect(events).toEqual([
      'agent:Calc',
      'raw:response_started',
      'raw:response_done',
      'item:tool_called',
      'item:tool_output',
      'raw:response_started',
      'raw:output_text_delta',
      'raw:output_text_delta',
      'raw:output_text_delta',
      'raw:response_done',
      'item:message_output_created',
    ]);
  });

  it('toTextStream yields the text deltas as a web stream and as a Node stream', async () => {
    const model = new FakeModel([[fakeMessage('Hello there, friend.')], [fakeMessage('Node text')]]);
    const agent = new Agent({ name: 'A', model });
    const web = await run(agent, 'hi', { stream: true });
    let text = '';
    const reader = web.toTextStream().getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += next.value;
    expect(text).toBe('Hello there, friend.');

    const node = await run(agent, 'again', { stream: true });
    const chunks: string[] = [];
    for await (const chunk of node.toTextStream({ compatibleWithNodeStreams: true })) chunks.push(String(chunk));
    expect(chunks.join('')).toBe('Node text');
    await node.completed;
  });

  it('toStream yields every event as a web stream', async () => {
    const model = new FakeModel([[fakeMessage('abc')]], { chunkSize: 10 });
    const result = await run(new Agent({ name: 'A', model }), [user('hi'), assistant('hello'), user('again')], {
      stream: true,
    });
    const reader = result.toStream().getReader();
    const types: string[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) types.push(describeEvent(next.value));
    expect(types).toEqual([
      'agent:A',
      'raw:response_started',
      'raw:output_text_delta',
      'raw:response_done',
      'item:message_output_created',
    ]);
    expect(model.requests[0]?.input).toEqual([
      { type: 'message', role: 'user', content: 'hi' },
      { type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'hello' }] },
      { type: 'message', role: 'user', content: 'again' },
    ]);
  });

  it('rejects completed and ends iteration with the error when the run fails', async () => {
    const model = new FakeModel([[fakeToolCall('unknown_tool', {})]]);
    const result = await run(new Agent({ name: 'A', model }), 'x', { stream: true });
    await expect(result.completed).rejects.toBeInstanceOf(ModelBehaviorError);
    const consume = async () => {
      for await (const _event of result) {
        // drain
      }
    };
    await expect(consume()).rejects.toBeInstanceOf(ModelBehaviorError);
    expect(result.error).toBeInstanceOf(ModelBehaviorError);
  });

  it('stops mid-stream when the signal aborts', async () => {
    const controller = new AbortController();
    let deltas = 0;
    const model = new FakeModel([[fakeMessage('one two three four five six seven eight')]], {
      chunkSize: 4,
      beforeDelta: () => {
        deltas++;
        if (deltas === 3) controller.abort(new Error('user hung up'));
      },
    });
    const result = await run(new Agent({ name: 'A', model }), 'x', { stream: true, signal: controller.signal });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of result) {
        if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta')
          seen.push(event.data.delta);
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunAbortedError);
    expect((error as RunAbortedError).cause).toEqual(new Error('user hung up'));
    expect(seen).toEqual(['one ', 'two ']);
    expect(result.finalOutput).toBeUndefined();
    await expect(result.completed).rejects.toBeInstanceOf(RunAbortedError);
  });
});

describe('abort', () => {
  it('stops a run and the tool in flight', async () => {
    const controller = new AbortController();
    let toolSignal: AbortSignal | undefined;
    const slow = tool({
      name: 'slow',
      execute: (_args, _context, details) =>
        new Promise((resolve) => {
          toolSignal = details?.signal;
          controller.abort(new Error('cancelled'));
          setTimeout(() => resolve('late'), 10_000).unref();
        }),
    });
    const model = new FakeModel([[fakeToolCall('slow', {})], [fakeMessage('never')]]);
    const error = await run(new Agent({ name: 'A', model, tools: [slow] }), 'x', { signal: controller.signal }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RunAbortedError);
    expect(toolSignal?.aborted).toBe(true);
    expect(model.requests).toHaveLength(1);
  });
});
