import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  ModelBehaviorError,
  ModelHttpError,
  OpenAIClient,
  OpenAIProvider,
  OpenAIResponsesModel,
  RunAbortedError,
  Runner,
  tool,
} from '@parley/agents-core';
import { startScriptedServer, type ScriptedAnswer } from './helpers/scripted-http-server';

const KEY = 'sk-test-secret-key-123';
let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const usage = {
  input_tokens: 50,
  input_tokens_details: { cached_tokens: 0 },
  output_tokens: 12,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: 62,
};

function responseObject(id: string, output: unknown[]) {
  return {
    id,
    object: 'response',
    created_at: 1767225600,
    status: 'completed',
    model: 'gpt-4.1-2025-04-14',
    error: null,
    incomplete_details: null,
    output,
    usage,
  };
}

const functionCall = {
  type: 'function_call',
  id: 'fc_1',
  call_id: 'call_Ab12',
  name: 'get_weather',
  arguments: '{"city":"Oslo"}',
  status: 'completed',
};
const message = (text: string) => ({
  type: 'message',
  id: 'msg_1',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text, annotations: [] }],
});

function textStream(id: string, text: string): ScriptedAnswer {
  const parts = [text.slice(0, 3), text.slice(3)];
  let sequence = 0;
  const event = (type: string, fields: Record<string, unknown>) => ({
    event: type,
    data: { type, sequence_number: sequence++, ...fields },
  });
  return {
    sse: [
      event('response.created', { response: { ...responseObject(id, []), status: 'in_progress' } }),
      event('response.in_progress', { response: { ...responseObject(id, []), status: 'in_progress' } }),
      event('response.output_item.added', { output_index: 0, item: { ...message(''), content: [] } }),
      event('response.content_part.added', {
        item_id: 'msg_1',
        output_index: 0,
        content_index: 0,
        part: { type: 'output_text', text: '', annotations: [] },
      }),
      ...parts.map((delta) =>
        event('response.output_text.delta', {
          item_id: 'msg_1',
          output_index: 0,
          content_index: 0,
          delta,
          logprobs: [],
        }),
      ),
      event('response.output_text.done', { item_id: 'msg_1', output_index: 0, content_index: 0, text, logprobs: [] }),
      event('response.output_item.done', { output_index: 0, item: message(text) }),
      event('response.completed', { response: responseObject(id, [message(text)]) }),
    ],
  };
}

const getWeather = tool({
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `4 °C in ${city}`,
});

describe('OpenAIResponsesModel', () => {
  it('runs a tool loop over POST /v1/responses and sends the documented request shape', async () => {
    server = await startScriptedServer([
      { json: responseObject('resp_1', [functionCall]) },
      { json: responseObject('resp_2', [message('It is 4 °C.')]) },
    ]);
    const provider = new OpenAIProvider({ apiKey: KEY, baseURL: server.baseURL });
    const agent = new Agent({
      name: 'Weather',
      instructions: 'Be brief.',
      model: 'gpt-4.1',
      tools: [getWeather],
      modelSettings: { temperature: 0.1, toolChoice: 'get_weather' },
    });
    const result = await new Runner({ modelProvider: provider }).run(agent, 'Weather in Oslo?');
    expect(result.finalOutput).toBe('It is 4 °C.');
    expect(result.lastResponseId).toBe('resp_2');
    expect(result.usage.toJSON()).toEqual({ requests: 2, inputTokens: 100, outputTokens: 24, totalTokens: 124 });
    const [first, second] = server.requests;
    expect(first).toMatchObject({ method: 'POST', path: '/v1/responses', authorization: `Bearer ${KEY}` });
    expect(first?.body).toEqual({
      model: 'gpt-4.1',
      instructions: 'Be brief.',
      input: [{ type: 'message', role: 'user', content: 'Weather in Oslo?' }],
      tools: [
        {
          type: 'function',
          name: 'get_weather',
          description: 'Weather for a city',
          parameters: getWeather.parameters,
          strict: true,
        },
      ],
      tool_choice: { type: 'function', name: 'get_weather' },
      temperature: 0.1,
    });
    expect(second?.body.input).toEqual([
      { type: 'message', role: 'user', content: 'Weather in Oslo?' },
      {
        type: 'function_call',
        call_id: 'call_Ab12',
        name: 'get_weather',
        arguments: '{"city":"Oslo"}',
        id: 'fc_1',
        status: 'completed',
      },
      { type: 'function_call_output', call_id: 'call_Ab12', output: '4 °C in Oslo' },
    ]);
    expect(second?.body.tool_choice).toBeUndefined();
  });

  it('asks for json_schema text format for a zod output type', async () => {
    server = await startScriptedServer([{ json: responseObject('resp_s', [message('{"approved":true}')]) }]);
    const model = new OpenAIResponsesModel(new OpenAIClient({ apiKey: KEY, baseURL: server.baseURL }), 'o4-mini');
    const agent = new Agent({ name: 'S', model, outputType: z.object({ approved: z.boolean() }) });
    const result = await new Runner().run(agent, 'ok?');
    expect(result.finalOutput).toEqual({ approved: true });
    expect(server.requests[0]?.body.text).toEqual({
      format: {
        type: 'json_schema',
        name: 'final_output',
        strict: true,
        schema: {
          type: 'object',
          properties: { approved: { type: 'boolean' } },
          required: ['approved'],
          additionalProperties: false,
        },
      },
    });
  });

  it('streams SSE events into text deltas and the final response', async () => {
    server = await startScriptedServer([textStream('resp_stream', 'Hello world')]);
    const provider = new OpenAIProvider({ apiKey: KEY, baseURL: server.baseURL });
    const result = await new Runner({ modelProvider: provider }).run(new Agent({ name: 'A' }), 'hi', { stream: true });
    const deltas: string[] = [];
    const rawTypes: string[] = [];
    for await (const event of result) {
      if (event.type !== 'raw_model_stream_event') continue;
      if (event.data.type === 'output_text_delta') deltas.push(event.data.delta);
      if (event.data.type === 'model') rawTypes.push((event.data.event as { type: string }).type);
    }
    expect(deltas).toEqual(['Hel', 'lo world']);
    expect(rawTypes[0]).toBe('response.created');
    expect(rawTypes.at(-1)).toBe('response.completed');
    expect(result.finalOutput).toBe('Hello world');
    expect(result.lastResponseId).toBe('resp_stream');
    expect(server.requests[0]?.body.stream).toBe(true);
    expect(server.requests[0]?.accept).toBe('text/event-stream');
    expect(server.requests[0]?.body.model).toBe('gpt-4.1');
  });

  it('turns HTTP errors into ModelHttpError without the key in the message', async () => {
    server = await startScriptedServer([
      {
        status: 401,
        json: {
          error: {
            message: 'Incorrect API key provided',
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          },
        },
      },
    ]);
    const provider = new OpenAIProvider({ apiKey: KEY, baseURL: server.baseURL });
    const error = await new Runner({ modelProvider: provider })
      .run(new Agent({ name: 'A' }), 'hi')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelHttpError);
    expect(error).toMatchObject({
      status: 401,
      apiCode: 'invalid_api_key',
      message: 'OpenAI API error 401: Incorrect API key provided',
    });
    expect(
      JSON.stringify({ message: (error as Error).message, state: String((error as ModelHttpError).state) }),
    ).not.toContain(KEY);
  });

  it('fails on response.failed, stream errors, malformed events and truncated streams', async () => {
    server = await startScriptedServer([
      {
        sse: [
          {
            event: 'response.failed',
            data: {
              type: 'response.failed',
              response: {
                ...responseObject('resp_f', []),
                status: 'failed',
                error: { code: 'server_error', message: 'overloaded' },
              },
            },
          },
        ],
      },
      {
        sse: [
          { event: 'error', data: { type: 'error', code: 'rate_limit_exceeded', message: 'slow down', param: null } },
        ],
      },
      { sse: [{ data: '{not json' }] },
      {
        sse: [
          { event: 'response.created', data: { type: 'response.created', response: responseObject('resp_t', []) } },
        ],
      },
      {
        json: { ...responseObject('resp_x', []), status: 'failed', error: { code: 'server_error', message: 'broken' } },
      },
    ]);
    const model = new OpenAIResponsesModel(new OpenAIClient({ apiKey: KEY, baseURL: server.baseURL }), 'gpt-4.1');
    const runner = new Runner();
    const agent = new Agent({ name: 'A', model });
    const streamed = async () => {
      const result = await runner.run(agent, 'x', { stream: true });
      await result.completed;
    };
    await expect(streamed()).rejects.toThrow(/overloaded/);
    await expect(streamed()).rejects.toMatchObject({ apiCode: 'rate_limit_exceeded' });
    await expect(streamed()).rejects.toBeInstanceOf(ModelBehaviorError);
    await expect(streamed()).rejects.toThrow(/ended before response.completed/);
    await expect(runner.run(agent, 'x')).rejects.toThrow(/broken/);
  });

  it('aborts the HTTP request when the run is aborted', async () => {
    server = await startScriptedServer([{ hang: true }]);
    const model = new OpenAIResponsesModel(new OpenAIClient({ apiKey: KEY, baseURL: server.baseURL }), 'gpt-4.1');
    const controller = new AbortController();
    const pending = new Runner().run(new Agent({ name: 'A', model }), 'x', { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(RunAbortedError);
  });
});

describe('OpenAIClient retries', () => {
  const ok = { json: responseObject('resp_ok', [message('finally')]) };
  const overloaded = { status: 503, json: { error: { message: 'overloaded', type: 'server_error', code: null } } };

  it('retries 429 and 5xx answers up to maxRetries, then succeeds', async () => {
    server = await startScriptedServer([
      { status: 429, json: { error: { message: 'slow down', type: 'rate_limit', code: 'rate_limit_exceeded' } } },
      overloaded,
      ok,
    ]);
    const model = new OpenAIResponsesModel(
      new OpenAIClient({ apiKey: KEY, baseURL: server.baseURL, retryBaseDelayMs: 1 }),
      'm',
    );
    const result = await new Runner().run(new Agent({ name: 'A', model }), 'x');
    expect(result.finalOutput).toBe('finally');
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxRetries and does not retry client errors', async () => {
    server = await startScriptedServer([
      overloaded,
      overloaded,
      { status: 400, json: { error: { message: 'bad', type: 'invalid_request_error', code: null } } },
    ]);
    const client = new OpenAIClient({ apiKey: KEY, baseURL: server.baseURL, retryBaseDelayMs: 1, maxRetries: 1 });
    const model = new OpenAIResponsesModel(client, 'm');
    await expect(new Runner().run(new Agent({ name: 'A', model }), 'x')).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(2);
    await expect(new Runner().run(new Agent({ name: 'A', model }), 'x')).rejects.toMatchObject({ status: 400 });
    expect(server.requests).toHaveLength(3);
  });

  it('retries a network failure', async () => {
    server = await startScriptedServer([ok]);
    let calls = 0;
    const flaky = (url: string, init: RequestInit) => {
      calls++;
      return calls === 1 ? Promise.reject(new TypeError('fetch failed')) : fetch(url, init);
    };
    const model = new OpenAIResponsesModel(
      new OpenAIClient({ apiKey: KEY, baseURL: server.baseURL, fetch: flaky, retryBaseDelayMs: 1 }),
      'm',
    );
    expect((await new Runner().run(new Agent({ name: 'A', model }), 'x')).finalOutput).toBe('finally');
    expect(calls).toBe(2);
  });
});
