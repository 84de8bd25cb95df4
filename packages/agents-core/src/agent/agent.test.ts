import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { UserError } from '../errors/user-error';
import { RunContext } from '../run/run-context';
import { tool } from '../tools/tool';
import { Agent } from './agent';
import type { ResolvedAgentOutput } from './output-type';
import type { RunResult } from '../run/run-result';

describe('Agent', () => {
  const echo = tool({ name: 'echo', parameters: z.object({ text: z.string() }), execute: ({ text }) => text });

  it('fills defaults and accepts a minimal config', () => {
    const agent = new Agent({ name: 'Plain' });
    expect(agent).toMatchObject({
      instructions: '',
      model: '',
      resetToolChoice: true,
      toolUseBehavior: 'run_llm_again',
    });
    expect(agent.outputType).toBe('text');
    expect(() => new Agent({ name: '' })).toThrow(UserError);
  });

  it('resolves string and function instructions', async () => {
    const context = new RunContext({ user: 'Ada' });
    expect(await new Agent({ name: 'A', instructions: 'Be brief.' }).getSystemPrompt(context)).toBe('Be brief.');
    const dynamic = new Agent<{ user: string }>({
      name: 'B',
      instructions: async (runContext, agent) => `Greet ${runContext.context.user} as ${agent.name}.`,
    });
    expect(await dynamic.getSystemPrompt(context)).toBe('Greet Ada as B.');
  });

  it('clones with changes and lists tools, including MCP server tools', async () => {
    const server = {
      name: 'files',
      connect: async () => undefined,
      close: async () => undefined,
      listTools: async () => [{ name: 'read_file', inputSchema: { type: 'object' as const, properties: {} } }],
      callTool: async (name: string) => `called ${name}`,
    };
    const agent = new Agent({ name: 'A', tools: [echo], mcpServers: [server] });
    const copy = agent.clone({ instructions: 'New instructions' });
    expect(copy).not.toBe(agent);
    expect(copy.instructions).toBe('New instructions');
    expect(copy.tools).toEqual([echo]);
    const tools = await agent.getAllTools(new RunContext());
    expect(tools.map((entry) => entry.name)).toEqual(['read_file', 'echo']);
    expect(await tools[0]?.invoke(new RunContext(), '{}')).toBe('called read_file');
  });

  it('serialises to a summary and emits typed hook events', () => {
    const helper = new Agent({ name: 'Helper' });
    const agent = new Agent({ name: 'Main', tools: [echo], handoffs: [helper] });
    expect(agent.toJSON()).toEqual({
      name: 'Main',
      handoffDescription: '',
      model: '',
      tools: ['echo'],
      handoffs: ['Helper'],
    });
    const seen: string[] = [];
    agent.on('agent_end', (_context, output) => seen.push(output));
    agent.emit('agent_end', new RunContext(), 'done');
    expect(seen).toEqual(['done']);
  });

  it('Agent.create keeps handoffs and the output schema name follows the output type', () => {
    const structured = new Agent({ name: 'S', outputType: z.object({ ok: z.boolean() }) });
    const triage = Agent.create({ name: 'Triage', handoffs: [structured] });
    expect(triage.handoffs).toEqual([structured]);
    expect(structured.outputSchemaName).toBe('final_output');
    expect(triage.outputSchemaName).toBe('text');
  });

  it('asTool exposes the agent as a tool with an input string', () => {
    const agent = new Agent({ name: 'Spanish Translator', handoffDescription: 'Translates to Spanish' });
    const asTool = agent.asTool({ toolDescription: 'Translate.' });
    expect(asTool.name).toBe('spanish_translator');
    expect(asTool.description).toBe('Translate.');
    expect(asTool.parameters.required).toEqual(['input']);
  });

  it('types the final output from the output type, and Agent.create unions handoff output types', () => {
    const structured = new Agent({ name: 'S', outputType: z.object({ x: z.number() }) });
    const plain = new Agent({ name: 'P' });
    const triage = Agent.create({ name: 'T', handoffs: [structured, plain] });
    expectTypeOf<ResolvedAgentOutput<typeof structured.outputType>>().toEqualTypeOf<{ x: number }>();
    expectTypeOf<ResolvedAgentOutput<typeof plain.outputType>>().toEqualTypeOf<string>();
    expectTypeOf<RunResult<unknown, typeof triage>['finalOutput']>().toEqualTypeOf<
      string | { x: number } | undefined
    >();
    expect(triage.handoffs).toHaveLength(2);
  });
});
