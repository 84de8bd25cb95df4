import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, OpenAIProvider, Runner, tool } from '@parley/agents-core';
import { startScriptedServer } from './helpers/scripted-http-server';

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const add = tool({ name: 'add', parameters: z.object({ a: z.number(), b: z.number() }), execute: ({ a, b }) => a + b });

describe('OpenAIChatCompletionsModel', () => {
  it('runs a tool loop over POST /v1/chat/completions', async () => {
    server = await startScriptedServer([
      {
        json: {
          id: 'chatcmpl-1',
          object: 'chat.completion',
          created: 1,
          model: 'm',
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: null,
                tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'add', arguments: '{"a":2,"b":3}' } }],
              },
              finish_reason: 'tool_calls',
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        },
      },
      {
        json: {
          id: 'chatcmpl-2',
          object: 'chat.completion',
          created: 2,
          model: 'm',
          choices: [{ index: 0, message: { role: 'assistant', content: '{"sum":5}' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 20, completion_tokens: 5, total_tokens: 25 },
        },
      },
    ]);
    const provider = new OpenAIProvider({ apiKey: 'k', baseURL: server.baseURL, useResponses: false });
    const agent = new Agent({
      name: 'Calc',
      instructions: 'Add.',
      model: 'local-model',
      tools: [add],
      outputType: z.object({ sum: z.number() }),
    });
    const result = await new Runner({ modelProvider: provider }).run(agent, 'add 2 and 3');
    expect(result.finalOutput).toEqual({ sum: 5 });
    expect(result.usage.totalTokens).toBe(40);
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.body).toMatchObject({
      model: 'local-model',
      messages: [
        { role: 'system', content: 'Add.' },
        { role: 'user', content: 'add 2 and 3' },
      ],
      tools: [{ type: 'function', function: { name: 'add', strict: true } }],
      response_format: { type: 'json_schema', json_schema: { name: 'final_output', strict: true } },
    });
    expect(server.requests[1]?.body.messages).toEqual([
      { role: 'system', content: 'Add.' },
      { role: 'user', content: 'add 2 and 3' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'add', arguments: '{"a":2,"b":3}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '5' },
    ]);
  });

  it('streams chunks, assembles tool calls and stops at [DONE]', async () => {
    const chunk = (delta: unknown, usage?: unknown) => ({
      data: {
        id: 'chatcmpl-s',
        object: 'chat.completion.chunk',
        choices: delta ? [{ index: 0, delta }] : [],
        ...(usage ? { usage } : {}),
      },
    });
    server = await startScriptedServer([
      {
        sse: [
          chunk({
            role: 'assistant',
            tool_calls: [{ index: 0, id: 'call_s', type: 'function', function: { name: 'add', arguments: '{"a":1,' } }],
          }),
          chunk({ tool_calls: [{ index: 0, function: { arguments: '"b":1}' } }] }),
          chunk(undefined, { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }),
          { data: '[DONE]' },
        ],
      },
      { sse: [chunk({ content: 'Two' }), chunk({ content: ' it is.' }), { data: '[DONE]' }] },
    ]);
    const provider = new OpenAIProvider({ apiKey: 'k', baseURL: server.baseURL, useResponses: false });
    const result = await new Runner({ modelProvider: provider }).run(new Agent({ name: 'A', tools: [add] }), '1+1', {
      stream: true,
    });
    let text = '';
    for await (const event of result) {
      if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta') text += event.data.delta;
    }
    expect(text).toBe('Two it is.');
    expect(result.finalOutput).toBe('Two it is.');
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(JSON.stringify(server.requests[1]?.body.messages)).toContain('"tool_call_id":"call_s","content":"2"');
  });
});
