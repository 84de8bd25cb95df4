import { format } from 'node:util';
import createDebug from 'debug';
import { afterEach, describe, expect, it } from 'vitest';
import { Agent, OpenAIProvider, Runner, getLogger, tool } from '@parley/agents-core';
import { startScriptedServer } from './helpers/scripted-http-server';

const KEY = 'sk-very-secret-logging-key';
const originalLog = createDebug.log;
let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;

afterEach(async () => {
  createDebug.disable();
  createDebug.log = originalLog;
  await server?.close();
  server = undefined;
});

describe('debug logging', () => {
  it('is namespaced under parley:core and never contains the API key', async () => {
    const lines: string[] = [];
    createDebug.log = (...args: unknown[]) => lines.push(format(...args));
    createDebug.enable('parley:core*');
    server = await startScriptedServer([
      {
        json: {
          id: 'resp_1',
          output: [{ type: 'function_call', call_id: 'c1', name: 'noop', arguments: '{}' }],
          usage: null,
        },
      },
      {
        json: {
          id: 'resp_2',
          output: [
            {
              type: 'message',
              role: 'assistant',
              status: 'completed',
              content: [{ type: 'output_text', text: 'done' }],
            },
          ],
        },
      },
    ]);
    const runner = new Runner({ modelProvider: new OpenAIProvider({ apiKey: KEY, baseURL: server.baseURL }) });
    await runner.run(
      new Agent({ name: 'A', model: 'gpt-4.1', tools: [tool({ name: 'noop', execute: () => 'ok' })] }),
      'hi',
    );
    expect(getLogger('parley:core:mine').namespace).toBe('parley:core:mine');
    expect(lines.some((line) => line.includes('parley:core:openai') && line.includes('POST'))).toBe(true);
    expect(lines.some((line) => line.includes('parley:core:tool') && line.includes('invoking noop'))).toBe(true);
    expect(lines.some((line) => line.includes('parley:core:runner') && line.includes('turn 1 of 10'))).toBe(true);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('warns when Agent.create gets handoffs with different output types, unless disabled', async () => {
    const lines: string[] = [];
    createDebug.log = (...args: unknown[]) => lines.push(format(...args));
    createDebug.enable('parley:core*');
    const { z } = await import('zod');
    const structured = new Agent({ name: 'S', outputType: z.object({ ok: z.boolean() }) });
    const plain = new Agent({ name: 'P' });
    Agent.create({ name: 'Mixed', handoffs: [structured, plain] });
    Agent.create({ name: 'Quiet', handoffs: [structured, plain], handoffOutputTypeWarningEnabled: false });
    Agent.create({ name: 'Same', handoffs: [plain] });
    const warnings = lines.filter((line) => line.includes('parley:core:agent:warn'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Agent Mixed has handoffs with 2 different output types');
  });
});
