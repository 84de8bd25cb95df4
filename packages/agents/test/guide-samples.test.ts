import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { defaultBrain, startEmulator, type Brain, type Emulator } from '@parley/realtime-emulator';
import {
  RealtimeSession,
  RunContext,
  setDefaultWebSocket,
  type FunctionTool,
  type RealtimeAgent,
  type WebSocketLike,
} from '@parley/agents/realtime';

// The delegation sample starts with Next.js's `import 'server-only'` marker, which throws outside React server builds.
vi.mock('server-only', () => ({}));

let emulator: Emulator;

/** The back-end agent of the delegation sample answers with JSON matching its output type. */
const brain: Brain = (conversation, session) =>
  session.api === 'responses'
    ? { text: JSON.stringify({ reasong: 'The toaster arrived broken.', refundApproved: true }) }
    : defaultBrain(conversation, session);

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, brain });
  // The samples connect to the default endpoint; send every socket to the emulator instead.
  setDefaultWebSocket(
    (_url, { headers }) => new WebSocket(emulator.url, { headers }) as unknown as WebSocketLike,
    true,
  );
  process.env.OPENAI_API_KEY = 'sk-emulator';
  process.env.OPENAI_BASE_URL = emulator.httpUrl;
});

afterAll(async () => {
  await emulator.close();
});

/** Loads a guide sample. The path is built at run time so the samples are type-checked under their own tsconfig. */
function sample(name: string): Promise<SampleExports> {
  return import(`./guide/${name}.ts`);
}

/** What the sample modules export (each exports some of these). */
interface SampleExports {
  session: RealtimeSession<any>;
  guardedSession: RealtimeSession<any>;
  wsSession: RealtimeSession<any>;
  agent: RealtimeAgent<any>;
  mathTutorAgent: RealtimeAgent<any>;
  weatherAgent: RealtimeAgent<any>;
  refundTool: FunctionTool<any, any, any>;
  stopButton: () => void;
}

function nextEnd(session: RealtimeSession<any>): Promise<string> {
  return new Promise((resolve) => {
    const listener = (_context: unknown, _agent: unknown, output: string) => {
      session.off('agent_end', listener);
      resolve(output);
    };
    session.on('agent_end', listener);
  });
}

async function answer(session: RealtimeSession<any>, message: string, turns = 1): Promise<string> {
  let output = '';
  for (let turn = 0; turn < turns; turn++) {
    const ended = nextEnd(session);
    if (turn === 0) session.sendMessage(message);
    output = await ended;
  }
  return output;
}

async function connectNew(agent: RealtimeAgent<any>, options = {}): Promise<RealtimeSession<any>> {
  const session = new RealtimeSession(agent, { transport: 'websocket', ...options });
  await session.connect({ apiKey: '<client-api-key>' });
  return session;
}

/** The first session.update of the latest connection, once the emulator has received it. */
async function lastSessionUpdate(): Promise<Record<string, any>> {
  for (;;) {
    const update = emulator.connections.at(-1)?.events('session.update', 'client')[0];
    if (update) return update.session as Record<string, any>;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('voice-agents guide samples (import path changed to @parley/agents)', () => {
  it('intro, quickstart and "putting it all together" connect a session that answers', async () => {
    for (const name of ['voice-agents-intro', 'quickstart-session', 'quickstart-together']) {
      const { session } = (await sample(name)) as { session: RealtimeSession };
      expect(session.transport.status).toBe('connected');
      expect((await lastSessionUpdate()).instructions).toBe('You are a helpful assistant.');
      expect(await answer(session, 'say ready')).toBe('ready');
      session.close();
    }
  });

  it('audio handling: audio arrives on the session and audio can be sent', async () => {
    const { session } = await sample('audio-handling');
    await session.connect({ apiKey: '<client-api-key>' });
    let bytes = 0;
    session.on('audio', (event) => (bytes += event.data.byteLength));
    expect(await answer(session, 'say audio please')).toBe('audio please');
    expect(bytes).toBeGreaterThan(0);
    session.close();
  });

  it('session configuration reaches the model in the GA layout', async () => {
    const { session } = await sample('session-configuration');
    await session.connect({ apiKey: '<client-api-key>' });
    expect(await lastSessionUpdate()).toMatchObject({
      model: 'gpt-realtime',
      audio: {
        input: { format: { type: 'audio/pcm', rate: 24000 }, transcription: { model: 'gpt-4o-mini-transcribe' } },
        output: { format: { type: 'audio/pcm', rate: 24000 } },
      },
    });
    session.close();
  });

  it('handoffs: the greeter hands off to the math tutor', async () => {
    const { agent, mathTutorAgent } = await sample('handoffs');
    const session = await connectNew(agent);
    const handoffs: string[] = [];
    session.on('agent_handoff', (_context, from, to) => handoffs.push(`${from.name} -> ${to.name}`));
    await answer(session, 'call transfer_to_math_tutor {}', 2);
    expect(handoffs).toEqual(['Greeter -> Math Tutor']);
    expect(session.currentAgent).toBe(mathTutorAgent);
    session.close();
  });

  it('tools: get_weather runs and the model uses its result', async () => {
    const { weatherAgent } = await sample('tools');
    const session = await connectNew(weatherAgent);
    expect(await answer(session, 'call get_weather {"city":"Paris"}', 2)).toBe(
      'The result of get_weather is The weather in Paris is sunny..',
    );
    session.close();
  });

  it('history in a tool: the tool receives the history from its context', async () => {
    const { refundTool } = await sample('history-tool');
    const context = new RunContext({ history: [] });
    await expect(refundTool.invoke(context, '{"request":"refund please"}')).resolves.toBeUndefined();
  });

  it('tool approval: the sample’s handler approves and the tool runs; manual interrupt fires audio_interrupted', async () => {
    const { session } = await sample('agent');
    await sample('tool-approval');
    const { stopButton } = await sample('interruptions');
    await session.connect({ apiKey: '<client-api-key>' });
    expect(await answer(session, 'call delete_account {"user":"bob"}', 2)).toBe(
      'Greeter: The result of delete_account is account bob deleted.',
    );
    const interrupted = new Promise((resolve) => session.on('audio_interrupted', resolve));
    stopButton();
    await interrupted;
    session.close();
  });

  it('guardrails: mentioning Dom trips the guardrail', async () => {
    const { guardedSession } = await sample('guardrails');
    await guardedSession.connect({ apiKey: '<client-api-key>' });
    const tripped = new Promise<string>((resolve) =>
      guardedSession.on('guardrail_tripped', (_context, _agent, _error, details) => resolve(details.itemId)),
    );
    guardedSession.sendMessage('say Hello Dom');
    expect(await tripped).toMatch(/^item_/);
    guardedSession.close();
  });

  it('guardrail settings and turn detection map to the session', async () => {
    const { guardedSession } = await sample('guardrail-settings');
    await guardedSession.connect({ apiKey: '<client-api-key>' });
    expect(await answer(guardedSession, 'say fine')).toBe('fine');
    guardedSession.close();
    const { session } = await sample('turn-detection');
    await session.connect({ apiKey: '<client-api-key>' });
    expect((await lastSessionUpdate()).audio.input.turn_detection).toEqual({
      type: 'semantic_vad',
      eagerness: 'medium',
      create_response: true,
      interrupt_response: true,
    });
    session.close();
  });

  it('text input before connecting reports an error instead of throwing', async () => {
    const { session } = await sample('text-input');
    expect(session.transport.status).toBe('disconnected');
  });

  it('history management: listens to history_updated and edits the history', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const { session } = await sample('history-management');
      expect(session.transport.status).toBe('connected');
      await answer(session, 'say keep this');
      expect(log).toHaveBeenCalled();
      session.updateHistory((current) =>
        current.filter((item) => !(item.type === 'message' && item.role === 'assistant')),
      );
      await new Promise<void>((resolve) => {
        const check = () => {
          if (!session.history.some((item) => item.type === 'message' && item.role === 'assistant')) resolve();
          else setTimeout(check, 2);
        };
        check();
      });
      session.close();
    } finally {
      log.mockRestore();
    }
  });

  it('delegation through tools runs the back-end Agent with run() and returns its structured output', async () => {
    const { agent } = await sample('delegation');
    const session = await connectNew(agent);
    const output = await answer(session, 'call escalateToRefundSupervisor {"request":"my toaster is broken"}', 2);
    expect(output).toContain('"refundApproved": true');
    const requests = emulator.connections.length;
    expect(requests).toBeGreaterThan(0);
    session.close();
  });

  it('WebSocket transport and transport access work as shown', async () => {
    const { wsSession } = await sample('websocket-transport');
    expect(wsSession.transport.status).toBe('connected');
    wsSession.close();
    const { session } = await sample('transport-access');
    const events: string[] = [];
    session.transport.on('*', (event) => events.push(event.type));
    await session.connect({ apiKey: '<client-api-key>' });
    session.transport.sendEvent({ type: 'response.create' });
    await nextEnd(session);
    expect(events).toContain('response.created');
    session.close();
  });
});
