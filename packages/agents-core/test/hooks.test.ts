import { describe, expect, it } from 'vitest';
import { Agent, Runner, tool } from '@parley/agents-core';
import { FakeModel, fakeMessage, fakeToolCall } from '@parley/agents-core/testing';

describe('lifecycle events', () => {
  it('emits tool start and end on the agent and the runner with the call details', async () => {
    const clock = tool({ name: 'clock', execute: () => ({ time: '12:00' }) });
    const model = new FakeModel([[fakeToolCall('clock', {}, 'call_c')], [fakeMessage('It is noon.')]]);
    const agent = new Agent({ name: 'A', model, tools: [clock] });
    const runner = new Runner();
    const seen: string[] = [];
    agent.on('agent_start', (_context, started) => seen.push(`agent:start:${started.name}`));
    agent.on('agent_tool_start', (_context, started, details) =>
      seen.push(`agent:tool_start:${started.name}:${details.toolCall.callId}`),
    );
    agent.on('agent_tool_end', (_context, ended, result) => seen.push(`agent:tool_end:${ended.name}:${result}`));
    agent.on('agent_end', (_context, output) => seen.push(`agent:end:${output}`));
    runner.on('agent_tool_start', (_context, owner, started) =>
      seen.push(`runner:tool_start:${owner.name}:${started.name}`),
    );
    runner.on('agent_tool_end', (_context, _owner, _tool, result) => seen.push(`runner:tool_end:${result}`));
    await runner.run(agent, 'time?');
    expect(seen).toEqual([
      'agent:start:A',
      'agent:tool_start:clock:call_c',
      'runner:tool_start:A:clock',
      'agent:tool_end:clock:{"time":"12:00"}',
      'runner:tool_end:{"time":"12:00"}',
      'agent:end:It is noon.',
    ]);
  });
});
