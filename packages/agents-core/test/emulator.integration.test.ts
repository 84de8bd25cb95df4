import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultBrain, startEmulator, type Brain, type Emulator } from '@parley/realtime-emulator';
import { Agent, ModelHttpError, OpenAIProvider, Runner, tool } from '@parley/agents-core';

// After a tool result, answer with the JSON the structured-output agent expects; otherwise the
// emulator's default brain ("call NAME {json}", "say TEXT", echo).
const brain: Brain = (conversation, session) => {
  const last = conversation.at(-1);
  if (last?.type === 'function_call_output' && session.instructions.includes('Reply in JSON')) {
    return { text: JSON.stringify({ city: 'Oslo', summary: last.output }) };
  }
  return defaultBrain(conversation, session);
};

let emulator: Emulator;
let runner: Runner;
const executed: string[] = [];

const getWeather = tool({
  name: 'get_weather',
  description: 'Return the weather for a city.',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    executed.push(city);
    return `Sunny in ${city}`;
  },
});

const report = z.object({ city: z.string(), summary: z.string() });

beforeEach(async () => {
  executed.length = 0;
  emulator = await startEmulator({ brain, apiKeys: (key) => key === 'sk-emulator' });
  runner = new Runner({
    modelProvider: new OpenAIProvider({ apiKey: 'sk-emulator', baseURL: emulator.httpUrl }),
    tracingDisabled: true,
  });
});

afterEach(async () => {
  await emulator.close();
});

describe('run() against the emulator Responses API', () => {
  it('runs a zod tool over HTTP and answers with its result', async () => {
    const agent = new Agent({
      name: 'Weather',
      instructions: 'Answer weather questions.',
      model: 'gpt-4.1',
      tools: [getWeather],
    });
    const result = await runner.run(agent, 'call get_weather {"city":"Oslo"}');
    expect(executed).toEqual(['Oslo']);
    expect(result.finalOutput).toBe('The result of get_weather is Sunny in Oslo.');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'tool_call_item',
      'tool_call_output_item',
      'message_output_item',
    ]);
    expect(result.lastResponseId).toMatch(/^resp_/);
    expect(result.usage.requests).toBe(2);
    expect(result.usage.totalTokens).toBeGreaterThan(0);
  });

  it('streams the same run with text deltas that add up to the final output', async () => {
    const agent = new Agent({ name: 'Weather', model: 'gpt-4.1', tools: [getWeather] });
    const result = await runner.run(agent, 'call get_weather {"city":"Bergen"}', { stream: true });
    let text = '';
    const names: string[] = [];
    for await (const event of result) {
      if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta') text += event.data.delta;
      if (event.type === 'run_item_stream_event') names.push(event.name);
    }
    await result.completed;
    expect(names).toEqual(['tool_called', 'tool_output', 'message_output_created']);
    expect(text).toBe('The result of get_weather is Sunny in Bergen.');
    expect(result.finalOutput).toBe(text);
  });

  it('returns a zod outputType parsed and validated, plain and streamed', async () => {
    const agent = new Agent({
      name: 'Reporter',
      instructions: 'Reply in JSON.',
      model: 'gpt-4.1',
      tools: [getWeather],
      outputType: report,
    });
    const plain = await runner.run(agent, 'call get_weather {"city":"Oslo"}');
    expect(plain.finalOutput).toEqual({ city: 'Oslo', summary: 'Sunny in Oslo' });

    const streamed = await runner.run(agent, 'call get_weather {"city":"Oslo"}', { stream: true });
    await streamed.completed;
    const output: { city: string; summary: string } | undefined = streamed.finalOutput;
    expect(output).toEqual({ city: 'Oslo', summary: 'Sunny in Oslo' });
  });

  it('continues a stored conversation with previousResponseId', async () => {
    const agent = new Agent({ name: 'Echo', model: 'gpt-4.1' });
    const first = await runner.run(agent, 'say first answer');
    expect(first.finalOutput).toBe('first answer');
    const second = await runner.run(agent, 'hello again', { previousResponseId: first.lastResponseId });
    expect(second.finalOutput).toBe('You said: hello again');
  });

  it('surfaces the emulator HTTP errors as ModelHttpError', async () => {
    const badKey = new Runner({
      modelProvider: new OpenAIProvider({ apiKey: 'sk-wrong', baseURL: emulator.httpUrl }),
      tracingDisabled: true,
    });
    const error = await badKey.run(new Agent({ name: 'A', model: 'gpt-4.1' }), 'hi').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelHttpError);
    expect(error).toMatchObject({ status: 401, apiCode: 'invalid_api_key' });
    const missing = await runner
      .run(new Agent({ name: 'A', model: 'gpt-4.1' }), 'hi', { previousResponseId: 'resp_missing' })
      .catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ status: 404, apiCode: 'previous_response_not_found' });
  });
});
