import { describe, expect, it } from 'vitest';
import { Agent, MemorySession, run } from '@parley/agents-core';
import { FakeModel, fakeMessage } from '@parley/agents-core/testing';

describe('session memory', () => {
  it('feeds earlier turns into the next run and stores the new ones', async () => {
    const model = new FakeModel([[fakeMessage('Hi Ada.')], [fakeMessage('Your name is Ada.')]]);
    const agent = new Agent({ name: 'A', model });
    const session = new MemorySession({ sessionId: 'conv_1' });
    await run(agent, 'My name is Ada.', { session });
    const second = await run(agent, 'What is my name?', { session });
    expect(second.finalOutput).toBe('Your name is Ada.');
    expect(model.requests[1]?.input).toEqual([
      { type: 'message', role: 'user', content: 'My name is Ada.' },
      fakeMessage('Hi Ada.'),
      { type: 'message', role: 'user', content: 'What is my name?' },
    ]);
    expect(await session.getItems()).toHaveLength(4);
    expect(await session.getItems(1)).toEqual([fakeMessage('Your name is Ada.')]);
    expect(await session.getSessionId()).toBe('conv_1');
    expect(await session.popItem()).toEqual(fakeMessage('Your name is Ada.'));
    await session.clearSession();
    expect(await session.getItems()).toEqual([]);
  });
});
