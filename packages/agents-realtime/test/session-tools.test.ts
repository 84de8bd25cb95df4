import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  RealtimeAgent,
  RealtimeToolCallCancelledError,
  REJECTION_MESSAGE,
  tool,
  type RealtimeContextData,
  type RealtimeItem,
  type RealtimeToolCallItem,
} from '../src/index.node';
import { clientEvents, connectedSession, until } from './session-fixture';

const weatherParameters = z.object({ city: z.string() });

function toolItem(history: RealtimeItem[]): RealtimeToolCallItem | undefined {
  return history.find((item): item is RealtimeToolCallItem => item.type === 'function_call');
}

describe('RealtimeSession tools', () => {
  it('runs a tool with a history snapshot, sends its output and the model answers with it', async () => {
    let seenHistory: RealtimeItem[] = [];
    const getWeather = tool<typeof weatherParameters, RealtimeContextData>({
      name: 'get_weather',
      description: 'Return the weather for a city.',
      parameters: weatherParameters,
      async execute({ city }, details) {
        seenHistory = details?.context?.history ?? [];
        return `The weather in ${city} is sunny`;
      },
    });
    const agent = new RealtimeAgent({
      name: 'Weather',
      instructions: 'Answer weather questions.',
      tools: [getWeather],
    });
    const { session, emulator, dispose, nextEnd } = await connectedSession(agent);
    try {
      const started: string[] = [];
      session.on('agent_tool_start', (_context, _agent, called) => started.push(called.name));
      const ended: string[] = [];
      session.on('agent_tool_end', (_context, _agent, _tool, result) => ended.push(result));
      session.sendMessage('call get_weather {"city":"Oslo"}');
      await nextEnd(); // the function-call response
      expect(await nextEnd()).toBe('The result of get_weather is The weather in Oslo is sunny.');
      expect(started).toEqual(['get_weather']);
      expect(ended).toEqual(['The weather in Oslo is sunny']);
      expect(seenHistory.some((item) => item.type === 'message' && item.role === 'user')).toBe(true);
      expect(toolItem(session.history)).toMatchObject({
        name: 'get_weather',
        arguments: '{"city":"Oslo"}',
        output: 'The weather in Oslo is sunny',
        status: 'completed',
      });
      expect(clientEvents(emulator, 'session.update')[0]!.session.tools).toEqual([
        {
          type: 'function',
          name: 'get_weather',
          description: 'Return the weather for a city.',
          parameters: expect.objectContaining({ type: 'object' }),
        },
      ]);
    } finally {
      await dispose();
    }
  });

  it('returns a throwing tool’s error to the model as its output and goes on', async () => {
    const broken = tool({
      name: 'broken',
      description: 'Always fails',
      parameters: z.object({}),
      errorFunction: null,
      async execute() {
        throw new Error('disk on fire');
      },
    });
    const agent = new RealtimeAgent({ name: 'A', instructions: 'x', tools: [broken] });
    const { session, dispose, nextEnd } = await connectedSession(agent);
    try {
      const errors: unknown[] = [];
      session.on('error', (event) => errors.push(event.error));
      session.sendMessage('call broken {}');
      await nextEnd();
      expect(await nextEnd()).toMatch(
        /^The result of broken is An error occurred while running the tool: .*disk on fire\.$/,
      );
      expect((errors[0] as Error).message).toMatch(/disk on fire/);
      const ended = nextEnd();
      session.sendMessage('say still here');
      expect(await ended).toBe('still here');
    } finally {
      await dispose();
    }
  });

  it('tells the model about an unknown tool', async () => {
    const { session, dispose, nextEnd } = await connectedSession(new RealtimeAgent({ name: 'A' }));
    try {
      const errors: unknown[] = [];
      session.on('error', (event) => errors.push(event.error));
      session.sendMessage('call no_such_tool {}');
      await nextEnd();
      expect(await nextEnd()).toBe("The result of no_such_tool is Tool 'no_such_tool' not found..");
      expect(errors[0]).toBeInstanceOf(RealtimeToolCallCancelledError);
    } finally {
      await dispose();
    }
  });

  it('waits for approval, runs the tool on approve and refuses on reject', async () => {
    let runs = 0;
    const refund = tool({
      name: 'refund',
      description: 'Refund an order',
      parameters: z.object({ order: z.string() }),
      needsApproval: true,
      async execute({ order }) {
        runs++;
        return `refunded ${order}`;
      },
    });
    const agent = new RealtimeAgent({ name: 'Support', tools: [refund] });
    const { session, dispose, nextEnd } = await connectedSession(agent);
    try {
      const requests: any[] = [];
      session.on('tool_approval_requested', (_context, _agent, request) => requests.push(request));
      session.sendMessage('call refund {"order":"A1"}');
      await nextEnd();
      await until(() => requests.length === 1, 'approval request');
      expect(runs).toBe(0);
      expect(requests[0].tool.name).toBe('refund');
      const approved = nextEnd();
      session.approve(requests[0].approvalItem);
      expect(await approved).toBe('The result of refund is refunded A1.');
      expect(runs).toBe(1);

      session.sendMessage('call refund {"order":"B2"}');
      await nextEnd();
      await until(() => requests.length === 2, 'second approval request');
      const rejected = nextEnd();
      session.reject(requests[1].approvalItem);
      expect(await rejected).toBe(`The result of refund is ${REJECTION_MESSAGE}.`);
      expect(runs).toBe(1);
    } finally {
      await dispose();
    }
  });

  it('alwaysApprove approves later calls of the same tool without asking again', async () => {
    let runs = 0;
    const ping = tool({
      name: 'ping',
      description: 'Ping',
      parameters: z.object({}),
      needsApproval: true,
      execute: async () => `pong ${++runs}`,
    });
    const { session, dispose, nextEnd } = await connectedSession(new RealtimeAgent({ name: 'P', tools: [ping] }));
    try {
      let requests = 0;
      session.on('tool_approval_requested', (_context, _agent, request) => {
        requests++;
        session.approve(request.approvalItem, { alwaysApprove: true });
      });
      session.sendMessage('call ping {}');
      await nextEnd();
      expect(await nextEnd()).toBe('The result of ping is pong 1.');
      session.sendMessage('call ping {}');
      await nextEnd();
      expect(await nextEnd()).toBe('The result of ping is pong 2.');
      expect(requests).toBe(1);
    } finally {
      await dispose();
    }
  });

  it('hands off to another agent: new instructions and tools, same history', async () => {
    const mathTutor = new RealtimeAgent({
      name: 'Math Tutor',
      handoffDescription: 'Specialist agent for math questions',
      instructions: 'You are Tutor, you help with math.',
    });
    const greeter = new RealtimeAgent({
      name: 'Greeter',
      instructions: 'You are Greeter.',
      handoffs: [mathTutor],
    });
    const { session, emulator, dispose, nextEnd } = await connectedSession(greeter);
    try {
      const handoffs: string[] = [];
      session.on('agent_handoff', (_context, from, to) => handoffs.push(`${from.name}->${to.name}`));
      session.sendMessage('call transfer_to_math_tutor {}');
      await nextEnd();
      const answer = await nextEnd();
      expect(answer).toMatch(/^Tutor: The result of transfer_to_math_tutor is /);
      expect(handoffs).toEqual(['Greeter->Math Tutor']);
      expect(session.currentAgent).toBe(mathTutor);
      const updates = clientEvents(emulator, 'session.update');
      expect(updates.at(-1)!.session.instructions).toBe('You are Tutor, you help with math.');
      expect(updates.at(-1)!.session.tracing).toBeUndefined();
      const ended = nextEnd();
      session.sendMessage('hello');
      expect(await ended).toBe('Tutor: You said: hello');
      expect(session.history.filter((item) => item.type === 'message' && item.role === 'user')).toHaveLength(2);
    } finally {
      await dispose();
    }
  });
});
