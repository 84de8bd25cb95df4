import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, RunState, UserError, run, tool, type AgentInputItem } from '@parley/agents-core';
import { FakeModel, fakeMessage, fakeToolCall } from '@parley/agents-core/testing';

function buildGraph(model: FakeModel, executed: string[]) {
  const deleteFile = tool({
    name: 'delete_file',
    parameters: z.object({ path: z.string() }),
    needsApproval: true,
    execute: ({ path }) => {
      executed.push(path);
      return `deleted ${path}`;
    },
  });
  const listFiles = tool({ name: 'list_files', execute: () => 'a.txt, b.txt' });
  const admin = new Agent({ name: 'Admin', model, tools: [deleteFile, listFiles] });
  const triage = new Agent({ name: 'Triage', model: new FakeModel([]), handoffs: [admin] });
  return { admin, triage };
}

describe('human in the loop', () => {
  it('interrupts on a tool needing approval and resumes after approve', async () => {
    const executed: string[] = [];
    const model = new FakeModel([
      [fakeToolCall('list_files', {}, 'call_list'), fakeToolCall('delete_file', { path: 'a.txt' }, 'call_del')],
      [fakeMessage('Deleted a.txt.')],
    ]);
    const { admin } = buildGraph(model, executed);
    const first = await run(admin, 'delete a.txt');
    expect(first.finalOutput).toBeUndefined();
    expect(first.interruptions).toHaveLength(1);
    const [approval] = first.interruptions;
    expect(approval).toMatchObject({ toolName: 'delete_file', arguments: '{"path":"a.txt"}' });
    expect(executed).toEqual([]);
    expect(first.newItems.map((item) => item.type)).toContain('tool_call_output_item');

    first.state.approve(approval!);
    const resumed = await run(admin, first.state);
    expect(resumed.finalOutput).toBe('Deleted a.txt.');
    expect(executed).toEqual(['a.txt']);
    expect(model.requests).toHaveLength(2);
    const input = (model.requests[1]?.input ?? []) as AgentInputItem[];
    const outputs = input.flatMap((item) => (item.type === 'function_call_result' ? [item.callId] : []));
    expect(outputs).toEqual(['call_list', 'call_del']);
  });

  it('tells the model when a call was rejected', async () => {
    const executed: string[] = [];
    const model = new FakeModel([[fakeToolCall('delete_file', { path: 'b.txt' })], [fakeMessage('Okay, I will not.')]]);
    const { admin } = buildGraph(model, executed);
    const first = await run(admin, 'delete b.txt');
    first.state.reject(first.interruptions[0]!);
    const resumed = await run(admin, first.state);
    expect(resumed.finalOutput).toBe('Okay, I will not.');
    expect(executed).toEqual([]);
    expect(JSON.stringify(model.requests[1]?.input)).toContain('Tool execution was not approved.');
  });

  it('always-approve lets later calls of the same tool through', async () => {
    const executed: string[] = [];
    const model = new FakeModel([
      [fakeToolCall('delete_file', { path: 'a' })],
      [fakeToolCall('delete_file', { path: 'b' })],
      [fakeMessage('both gone')],
    ]);
    const { admin } = buildGraph(model, executed);
    const first = await run(admin, 'x');
    first.state.approve(first.interruptions[0]!, { alwaysApprove: true });
    const resumed = await run(admin, first.state);
    expect(resumed.finalOutput).toBe('both gone');
    expect(executed).toEqual(['a', 'b']);
  });

  it('resumes from a serialised state in a fresh agent graph', async () => {
    const firstProcess: string[] = [];
    const first = buildGraph(new FakeModel([]), firstProcess);
    // Triage hands off to Admin, whose model then asks to delete.
    first.triage.model = new FakeModel([[fakeToolCall('transfer_to_admin', {})]]);
    first.admin.model = new FakeModel([[fakeToolCall('delete_file', { path: 'x' }, 'call_x')]]);
    const paused = await run(first.triage, 'delete x', { context: { userId: 'u1' } });
    expect(paused.interruptions).toHaveLength(1);
    const text = paused.state.toString();
    expect(JSON.parse(text).$schemaVersion).toBe('1');

    const secondProcess: string[] = [];
    const secondModel = new FakeModel([[fakeMessage('x is gone')]]);
    const fresh = buildGraph(secondModel, secondProcess);
    const restored = await RunState.fromString<{ userId: string }>(fresh.triage, text);
    expect(restored.currentAgent).toBe(fresh.admin);
    expect(restored.context.context).toEqual({ userId: 'u1' });
    const [approval] = restored.getInterruptions();
    expect(approval?.agent).toBe(fresh.admin);
    restored.approve(approval!);
    const resumed = await run(fresh.triage, restored);
    expect(resumed.finalOutput).toBe('x is gone');
    expect(secondProcess).toEqual(['x']);
    expect(firstProcess).toEqual([]);
    expect(resumed.lastAgent).toBe(fresh.admin);
    expect(secondModel.requests[0]?.input).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'function_call_result',
          callId: 'call_x',
          output: { type: 'text', text: 'deleted x' },
        }),
      ]),
    );
    expect(resumed.usage.requests).toBe(3);
  });

  it('rejects a mismatched agent graph, a bad version and bad text with clear errors', async () => {
    const model = new FakeModel([[fakeToolCall('delete_file', { path: 'x' })]]);
    const { admin } = buildGraph(model, []);
    const paused = await run(admin, 'x');
    const text = paused.state.toString();
    const stranger = new Agent({ name: 'Stranger' });
    await expect(RunState.fromString(stranger, text)).rejects.toThrow(
      /agent "Admin" from the saved run is not in the agent graph of "Stranger"/,
    );
    const withoutTool = new Agent({ name: 'Admin', tools: [] });
    await expect(RunState.fromString(withoutTool, text)).rejects.toThrow(/no longer has the tool "delete_file"/);
    const future = JSON.stringify({ ...JSON.parse(text), $schemaVersion: '99' });
    await expect(RunState.fromString(admin, future)).rejects.toThrow(/unsupported schema version 99/);
    await expect(RunState.fromString(admin, 'not json')).rejects.toBeInstanceOf(UserError);
  });
});

describe('human in the loop, streamed', () => {
  it('announces the approval request in the stream and resumes streamed', async () => {
    const executed: string[] = [];
    const model = new FakeModel([[fakeToolCall('delete_file', { path: 's.txt' })], [fakeMessage('Deleted s.txt.')]]);
    const { admin } = buildGraph(model, executed);
    const first = await run(admin, 'delete s.txt', { stream: true });
    const names: string[] = [];
    for await (const event of first) if (event.type === 'run_item_stream_event') names.push(event.name);
    await first.completed;
    expect(names).toEqual(['tool_called', 'tool_approval_requested']);
    expect(first.finalOutput).toBeUndefined();
    first.state.approve(first.interruptions[0]!);
    const resumed = await run(admin, first.state, { stream: true });
    let text = '';
    const reader = resumed.toTextStream().getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += next.value;
    await resumed.completed;
    expect(text).toBe('Deleted s.txt.');
    expect(executed).toEqual(['s.txt']);
  });
});
