import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MaxTurnsExceededError,
  ModelBehaviorError,
  RunState,
  Runner,
  ToolCallError,
  UserError,
  run,
  tool,
  type AgentInputItem,
} from '@parley/agents-core';
import { FakeModel, FakeModelProvider, fakeMessage, fakeResponse, fakeToolCall } from '@parley/agents-core/testing';

const getWeather = tool({
  name: 'get_weather',
  description: 'Return the weather for a city.',
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `The weather in ${city} is sunny.`,
});

describe('run()', () => {
  it('returns the text of a single model turn with the request it sent', async () => {
    const model = new FakeModel([fakeResponse([fakeMessage('Paris.')], { inputTokens: 7, outputTokens: 2 }, 'resp_1')]);
    const agent = new Agent({ name: 'Geo', instructions: 'Answer briefly.', model });
    const result = await run(agent, 'Capital of France?');
    expect(result.finalOutput).toBe('Paris.');
    expect(result.lastAgent).toBe(agent);
    expect(result.lastResponseId).toBe('resp_1');
    expect(result.usage.toJSON()).toEqual({ requests: 1, inputTokens: 7, outputTokens: 2, totalTokens: 9 });
    expect(result.input).toBe('Capital of France?');
    expect(result.newItems.map((item) => item.type)).toEqual(['message_output_item']);
    expect(result.history).toEqual([
      { type: 'message', role: 'user', content: 'Capital of France?' },
      fakeMessage('Paris.'),
    ]);
    expect(result.output).toEqual([fakeMessage('Paris.')]);
    expect(result.rawResponses).toHaveLength(1);
    expect(result.interruptions).toEqual([]);
    expect(model.requests[0]).toMatchObject({ systemInstructions: 'Answer briefly.', outputType: 'text', tools: [] });
  });

  it('runs a tool, sends its output back and finishes on the next turn', async () => {
    const model = new FakeModel([
      [fakeToolCall('get_weather', { city: 'Oslo' }, 'call_1')],
      [fakeMessage('Sunny in Oslo.')],
    ]);
    const agent = new Agent({ name: 'Weather', model, tools: [getWeather] });
    const result = await run(agent, 'Weather in Oslo?');
    expect(result.finalOutput).toBe('Sunny in Oslo.');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'tool_call_item',
      'tool_call_output_item',
      'message_output_item',
    ]);
    expect(model.requests[0]?.tools).toEqual([
      {
        type: 'function',
        name: 'get_weather',
        description: getWeather.description,
        parameters: getWeather.parameters,
        strict: true,
      },
    ]);
    expect(model.requests[1]?.input).toContainEqual({
      type: 'function_call_result',
      callId: 'call_1',
      name: 'get_weather',
      status: 'completed',
      output: { type: 'text', text: 'The weather in Oslo is sunny.' },
    });
    expect(result.usage.requests).toBe(2);
  });

  it('accepts a list of items as input and a context object', async () => {
    const model = new FakeModel([[fakeMessage('ok')]]);
    const seen: unknown[] = [];
    const agent = new Agent<{ user: string }>({
      name: 'Ctx',
      model,
      instructions: (runContext) => {
        seen.push(runContext.context.user);
        return 'x';
      },
    });
    const input: AgentInputItem[] = [
      { role: 'user', content: 'first' },
      { role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'reply' }] },
      { role: 'user', content: 'second' },
    ];
    await run(agent, input, { context: { user: 'Ada' } });
    expect(seen).toEqual(['Ada']);
    expect(model.requests[0]?.input).toEqual(input);
  });

  it('tells the model about a tool that throws and goes on', async () => {
    const failing = tool({ name: 'lookup', execute: () => Promise.reject(new Error('database offline')) });
    const model = new FakeModel([[fakeToolCall('lookup', {})], [fakeMessage('Sorry, try later.')]]);
    const result = await run(new Agent({ name: 'A', model, tools: [failing] }), 'go');
    expect(result.finalOutput).toBe('Sorry, try later.');
    const output = result.newItems.find((item) => item.type === 'tool_call_output_item');
    expect(output?.rawItem).toMatchObject({ output: { text: expect.stringContaining('database offline') } });
  });

  it('ends the run with ToolCallError when a tool with errorFunction null throws', async () => {
    const failing = tool({ name: 'lookup', errorFunction: null, execute: () => Promise.reject(new Error('boom')) });
    const model = new FakeModel([[fakeToolCall('lookup', {})]]);
    const error = await run(new Agent({ name: 'A', model, tools: [failing] }), 'go').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolCallError);
    expect((error as ToolCallError).state).toBeInstanceOf(RunState);
  });

  it('returns a clear message to the model for invalid arguments', async () => {
    const model = new FakeModel([[fakeToolCall('get_weather', '{"city":')], [fakeMessage('Let me retry.')]]);
    const result = await run(new Agent({ name: 'A', model, tools: [getWeather] }), 'go');
    expect(result.finalOutput).toBe('Let me retry.');
    expect(JSON.stringify(model.requests[1]?.input)).toContain('Invalid JSON input for tool get_weather');
  });

  it('throws ModelBehaviorError for an unknown tool name', async () => {
    const model = new FakeModel([[fakeToolCall('launch_rockets', {})]]);
    const error = await run(new Agent({ name: 'A', model, tools: [getWeather] }), 'go').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ModelBehaviorError);
    expect((error as Error).message).toBe('Tool launch_rockets not found in agent A.');
  });

  it('throws MaxTurnsExceededError when the model keeps calling tools', async () => {
    const model = new FakeModel(Array.from({ length: 5 }, () => [fakeToolCall('get_weather', { city: 'Oslo' })]));
    const error = await run(new Agent({ name: 'A', model, tools: [getWeather] }), 'go', { maxTurns: 3 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MaxTurnsExceededError);
    expect((error as MaxTurnsExceededError).message).toBe('Max turns (3) exceeded.');
    expect(model.requests).toHaveLength(3);
    await expect(run(new Agent({ name: 'A', model }), 'x', { maxTurns: 0 })).rejects.toBeInstanceOf(UserError);
  });

  it('parses and validates structured output', async () => {
    const outputType = z.object({ reasong: z.string(), refundApproved: z.boolean() });
    const model = new FakeModel([[fakeMessage('{"reasong":"within 30 days","refundApproved":true}')]]);
    const agent = new Agent({ name: 'Refund Expert', model, outputType });
    const result = await run(agent, 'refund?');
    const output: { reasong: string; refundApproved: boolean } | undefined = result.finalOutput;
    expect(output).toEqual({ reasong: 'within 30 days', refundApproved: true });
    expect(model.requests[0]?.outputType).toMatchObject({ type: 'json_schema', name: 'final_output', strict: true });
  });

  it('throws ModelBehaviorError when structured output fails validation or is not JSON', async () => {
    const outputType = z.object({ approved: z.boolean() });
    const wrong = new FakeModel([[fakeMessage('{"approved":"yes"}')]]);
    await expect(run(new Agent({ name: 'A', model: wrong, outputType }), 'x')).rejects.toThrow(
      /does not match the output type/,
    );
    const prose = new FakeModel([[fakeMessage('Approved!')]]);
    await expect(run(new Agent({ name: 'A', model: prose, outputType }), 'x')).rejects.toBeInstanceOf(
      ModelBehaviorError,
    );
  });

  it('stops on the first tool or at named tools, as toolUseBehavior says', async () => {
    const first = new FakeModel([[fakeToolCall('get_weather', { city: 'Rome' })]]);
    const stopFirst = await run(
      new Agent({ name: 'A', model: first, tools: [getWeather], toolUseBehavior: 'stop_on_first_tool' }),
      'x',
    );
    expect(stopFirst.finalOutput).toBe('The weather in Rome is sunny.');
    expect(first.requests).toHaveLength(1);

    const other = tool({ name: 'other', execute: () => 'other output' });
    const named = new FakeModel([[fakeToolCall('other', {})], [fakeToolCall('get_weather', { city: 'Oslo' })]]);
    const stopNamed = await run(
      new Agent({
        name: 'A',
        model: named,
        tools: [getWeather, other],
        toolUseBehavior: { stopAtToolNames: ['get_weather'] },
      }),
      'x',
    );
    expect(stopNamed.finalOutput).toBe('The weather in Oslo is sunny.');

    const custom = new FakeModel([[fakeToolCall('other', {})]]);
    const byFunction = await run(
      new Agent({
        name: 'A',
        model: custom,
        tools: [other],
        toolUseBehavior: (_context, results) => ({ isFinalOutput: true, finalOutput: `${results.length} result(s)` }),
      }),
      'x',
    );
    expect(byFunction.finalOutput).toBe('1 result(s)');
  });

  it('resets a forced tool choice after the agent used a tool', async () => {
    const model = new FakeModel([[fakeToolCall('get_weather', { city: 'Oslo' })], [fakeMessage('done')]]);
    const agent = new Agent({
      name: 'A',
      model,
      tools: [getWeather],
      modelSettings: { toolChoice: 'required', temperature: 0.2 },
    });
    await run(agent, 'x');
    expect(model.requests[0]?.modelSettings).toEqual({ toolChoice: 'required', temperature: 0.2 });
    expect(model.requests[1]?.modelSettings).toEqual({ temperature: 0.2 });

    const keep = new FakeModel([[fakeToolCall('get_weather', { city: 'Oslo' })], [fakeMessage('done')]]);
    await run(agent.clone({ model: keep, resetToolChoice: false }), 'x');
    expect(keep.requests[1]?.modelSettings.toolChoice).toBe('required');
  });

  it('resolves model names through the runner provider and applies runner model settings', async () => {
    const model = new FakeModel([[fakeMessage('hi')]]);
    const provider = new FakeModelProvider(model);
    const runner = new Runner({ modelProvider: provider, modelSettings: { temperature: 1, topP: 0.5 } });
    await runner.run(new Agent({ name: 'A', model: 'gpt-4.1', modelSettings: { temperature: 0 } }), 'x');
    expect(provider.requestedNames).toEqual(['gpt-4.1']);
    expect(model.requests[0]?.modelSettings).toEqual({ temperature: 0, topP: 0.5 });
  });

  it('sends only new items with previousResponseId', async () => {
    const model = new FakeModel([
      fakeResponse([fakeToolCall('get_weather', { city: 'Oslo' }, 'call_9')], {}, 'resp_a'),
      fakeResponse([fakeMessage('done')], {}, 'resp_b'),
    ]);
    const result = await run(new Agent({ name: 'A', model, tools: [getWeather] }), 'next question', {
      previousResponseId: 'resp_prev',
    });
    expect(model.requests[0]).toMatchObject({
      previousResponseId: 'resp_prev',
      input: [{ role: 'user', content: 'next question' }],
    });
    expect(model.requests[1]?.previousResponseId).toBe('resp_a');
    expect(model.requests[1]?.input).toEqual([
      expect.objectContaining({ type: 'function_call_result', callId: 'call_9' }),
    ]);
    expect(result.lastResponseId).toBe('resp_b');
  });

  it('runs an agent as a tool of another agent', async () => {
    const translatorModel = new FakeModel([[fakeMessage('Hola')]]);
    const translator = new Agent({ name: 'Translator', model: translatorModel, instructions: 'Translate to Spanish.' });
    const model = new FakeModel([[fakeToolCall('translate', { input: 'Hello' })], [fakeMessage('It is "Hola".')]]);
    const main = new Agent({
      name: 'Main',
      model,
      tools: [translator.asTool({ toolName: 'translate', toolDescription: 'Translate' })],
    });
    const result = await run(main, 'Translate hello');
    expect(result.finalOutput).toBe('It is "Hola".');
    expect(translatorModel.requests[0]?.input).toEqual([{ type: 'message', role: 'user', content: 'Hello' }]);
    expect(JSON.stringify(model.requests[1]?.input)).toContain('Hola');
  });

  it('lets the runner override every agent model and filter every handoff input', async () => {
    const override = new FakeModel([[fakeToolCall('transfer_to_b', {})], [fakeMessage('from B')]]);
    const unused = new FakeModel([]);
    const b = new Agent({ name: 'B', model: unused });
    const a = new Agent({ name: 'A', model: unused, handoffs: [b] });
    const runner = new Runner({
      model: override,
      handoffInputFilter: (data) => ({ ...data, inputHistory: 'filtered', newItems: [] }),
    });
    const result = await runner.run(a, 'original question');
    expect(result.finalOutput).toBe('from B');
    expect(unused.requests).toHaveLength(0);
    expect(override.requests[1]?.input).toEqual([{ type: 'message', role: 'user', content: 'filtered' }]);
  });
});
