import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ModelBehaviorError } from '../errors/model-behavior-error';
import { ToolCallError } from '../errors/tool-call-error';
import { UserError } from '../errors/user-error';
import { RunContext } from '../run/run-context';
import { tool } from './tool';

const context = new RunContext({ history: ['hi'] });

describe('tool()', () => {
  const getWeather = tool({
    name: 'get_weather',
    description: 'Return the weather for a city.',
    parameters: z.object({ city: z.string() }),
    async execute({ city }) {
      return `The weather in ${city} is sunny.`;
    },
  });

  it('builds a strict function tool with a JSON schema from zod', async () => {
    expect(getWeather).toMatchObject({ type: 'function', name: 'get_weather', strict: true });
    expect(getWeather.parameters).toEqual({
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    });
    expect(await getWeather.invoke(context, '{"city":"Oslo"}')).toBe('The weather in Oslo is sunny.');
    expect(await getWeather.needsApproval(context, { city: 'Oslo' })).toBe(false);
  });

  it('passes the run context and call details to execute', async () => {
    const parameters = z.object({ request: z.string() });
    const seen: unknown[] = [];
    const refund = tool<typeof parameters, { history: string[] }>({
      name: 'refund',
      description: 'Evaluate a refund',
      parameters,
      execute: async ({ request }, details) => {
        seen.push(request, details?.context?.history);
        return 'ok';
      },
    });
    const toolCall = { type: 'function_call' as const, callId: 'c1', name: 'refund', arguments: '{"request":"r"}' };
    await refund.invoke(context, toolCall.arguments, { toolCall });
    expect(seen).toEqual(['r', ['hi']]);
  });

  it('returns a clear error to the model for invalid JSON and invalid arguments', async () => {
    expect(await getWeather.invoke(context, '{not json')).toMatch(/Invalid JSON input for tool get_weather/);
    expect(await getWeather.invoke(context, '{"city": 3}')).toMatch(/Invalid arguments for tool get_weather/);
  });

  it('throws ModelBehaviorError for bad arguments and ToolCallError for failures when errorFunction is null', async () => {
    const strictTool = tool({
      name: 'boom',
      parameters: z.object({ n: z.number() }),
      errorFunction: null,
      execute: () => {
        throw new Error('exploded');
      },
    });
    await expect(strictTool.invoke(context, 'nope')).rejects.toBeInstanceOf(ModelBehaviorError);
    const error = await strictTool.invoke(context, '{"n":1}').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ToolCallError);
    expect((error as ToolCallError).toolName).toBe('boom');
    expect((error as ToolCallError).message).toContain('exploded');
  });

  it('sends a thrown error to the model through the default or a custom errorFunction', async () => {
    const failing = tool({ name: 'fail', execute: () => Promise.reject(new Error('db down')) });
    expect(await failing.invoke(context, '{}')).toContain('db down');
    const custom = tool({
      name: 'fail2',
      execute: () => Promise.reject(new Error('x')),
      errorFunction: () => 'custom text',
    });
    expect(await custom.invoke(context, '{}')).toBe('custom text');
  });

  it('fails a call that exceeds its timeout and aborts its signal', async () => {
    let aborted: unknown;
    const slow = tool({
      name: 'slow',
      timeout: 5,
      errorFunction: null,
      execute: (_args, _context, details) =>
        new Promise((resolve) => {
          details?.signal?.addEventListener('abort', () => {
            aborted = details.signal?.reason;
            resolve('late');
          });
        }),
    });
    await expect(slow.invoke(context, '{}')).rejects.toThrow(/timed out after 5 ms/);
    expect(aborted).toBeInstanceOf(ToolCallError);
  });

  it('rejects with the abort reason when the caller aborts, without calling errorFunction', async () => {
    const controller = new AbortController();
    const pending = tool({ name: 'wait', execute: () => new Promise(() => undefined) });
    const call = pending.invoke(context, '{}', { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(call).rejects.toThrow('stop');
  });

  it('supports needsApproval as a boolean or a predicate of the parsed input', async () => {
    const always = tool({ name: 'a', needsApproval: true, execute: () => 'x' });
    const big = tool({
      name: 'b',
      parameters: z.object({ amount: z.number() }),
      needsApproval: async (_context, { amount }) => amount > 100,
      execute: () => 'x',
    });
    expect(await always.needsApproval(context, {})).toBe(true);
    expect(await big.needsApproval(context, { amount: 500 })).toBe(true);
    expect(await big.needsApproval(context, { amount: 5 })).toBe(false);
  });

  it('accepts a raw JSON schema with strict: false and names the tool after execute', async () => {
    const raw = tool({
      parameters: { type: 'object', properties: { q: { type: 'string' } } },
      strict: false,
      execute: async function search(args: { q: string }) {
        return args.q.toUpperCase();
      },
    });
    expect(raw.name).toBe('search');
    expect(raw.strict).toBe(false);
    expect(await raw.invoke(context, '{"q":"hi"}')).toBe('HI');
    expect(await raw.invoke(context, '[1]')).toMatch(/expected a JSON object/);
  });

  it('refuses optional zod fields in strict mode and bad options', () => {
    expect(() => tool({ name: 'x', parameters: z.object({ a: z.string().optional() }), execute: () => 1 })).toThrow(
      UserError,
    );
    expect(() =>
      tool({ name: 'x', parameters: z.object({ a: z.string().optional() }), strict: false, execute: () => 1 }),
    ).not.toThrow();
    expect(() => tool({ name: 'x', timeout: -1, execute: () => 1 })).toThrow(/timeout/);
    expect(tool({ name: 'Refund Expert', execute: () => 1 }).name).toBe('Refund_Expert');
    expect(tool({ name: 'get-weather.v2', execute: () => 1 }).name).toBe('get-weather_v2');
    const anonymous = [() => 1][0] as () => number;
    expect(() => tool({ execute: anonymous })).toThrow(/needs a name/);
  });
});
