import { describe, expect, it } from 'vitest';
import { decodeModem } from '@parley/realtime-emulator/modem';
import {
  InvalidServerEventError,
  type OpenAIRealtimeWebSocket,
  RealtimeAgent,
  RealtimeConnectionError,
  type RealtimeItem,
  type RealtimeOutputGuardrail,
} from '../src/index.node';
import { clientEvents, connectedSession, until } from './session-fixture';

const agent = () => new RealtimeAgent({ name: 'Greeter', instructions: 'You are Greeter.' });

function assistantText(item: RealtimeItem | undefined): string | undefined {
  if (item?.type !== 'message' || item.role !== 'assistant') return undefined;
  return item.content.map((part: any) => part.text ?? part.transcript ?? '').join('');
}

describe('RealtimeSession guardrails, history, mute and failures', () => {
  it('trips an output guardrail: cuts the response, reports the item and tells the model', async () => {
    const guardrails: RealtimeOutputGuardrail[] = [
      {
        name: 'No mention of Dom',
        async execute({ agentOutput }) {
          const domInOutput = agentOutput.includes('Dom');
          return { tripwireTriggered: domInOutput, outputInfo: { domInOutput } };
        },
      },
    ];
    const { session, emulator, dispose } = await connectedSession(agent(), {
      outputGuardrails: guardrails,
      outputGuardrailSettings: { debounceTextLength: 10 },
    });
    try {
      const trips: Array<{ itemId: string; name: string; info: unknown }> = [];
      session.on('guardrail_tripped', (_context, _agent, error, details) =>
        trips.push({ itemId: details.itemId, name: error.result.guardrail.name, info: error.result.output.outputInfo }),
      );
      session.sendMessage('say Hello Dom, nice to meet you today');
      await until(() => trips.length === 1, 'guardrail trip');
      expect(trips[0]!.name).toBe('No mention of Dom');
      expect(trips[0]!.info).toEqual({ domInOutput: true });
      const assistant = session.history.find((item) => item.type === 'message' && item.role === 'assistant');
      expect(trips[0]!.itemId).toBe(assistant?.itemId);
      await until(
        () =>
          clientEvents(emulator, 'conversation.item.create').some((event) =>
            JSON.stringify(event.item).includes('output guardrail'),
          ),
        'message telling the model',
      );
      const cutOff =
        clientEvents(emulator, 'response.cancel').length + clientEvents(emulator, 'conversation.item.truncate').length;
      expect(cutOff).toBeGreaterThan(0);
    } finally {
      await dispose();
    }
  });

  it('runs guardrails only at the end with debounceTextLength -1', async () => {
    const seen: string[] = [];
    const { session, dispose, nextEnd } = await connectedSession(agent(), {
      outputGuardrails: [
        { name: 'spy', execute: ({ agentOutput }) => (seen.push(agentOutput), { tripwireTriggered: false }) },
      ],
      outputGuardrailSettings: { debounceTextLength: -1 },
    });
    try {
      const ended = nextEnd();
      session.sendMessage('say one two three four five six seven eight nine ten eleven twelve');
      await ended;
      await until(() => seen.length === 1, 'final guardrail run');
      expect(seen).toEqual(['one two three four five six seven eight nine ten eleven twelve']);
    } finally {
      await dispose();
    }
  });

  it('updateHistory removes assistant messages with minimal delete events', async () => {
    const { session, emulator, dispose, nextEnd } = await connectedSession(agent());
    try {
      let ended = nextEnd();
      session.sendMessage('say first');
      await ended;
      ended = nextEnd();
      session.sendMessage('say second');
      await ended;
      await until(() => session.history.length === 4, 'four items');
      const updates: number[] = [];
      session.on('history_updated', (history) => updates.push(history.length));
      session.updateHistory((current) =>
        current.filter((item) => !(item.type === 'message' && item.role === 'assistant')),
      );
      await until(() => session.history.length === 2, 'assistant messages removed');
      expect(clientEvents(emulator, 'conversation.item.delete')).toHaveLength(2);
      expect(clientEvents(emulator, 'conversation.item.create').filter((event) => event.previous_item_id)).toHaveLength(
        0,
      );
      expect(updates.at(-1)).toBe(2);
      // Adding a message back in the middle inserts it in place.
      const [first, second] = session.history;
      session.updateHistory([
        first!,
        { itemId: 'item_custom_1', type: 'message', role: 'system', content: [{ type: 'input_text', text: 'note' }] },
        second!,
      ]);
      await until(() => session.history.length === 3, 'inserted item');
      expect(session.history[1]!.itemId).toBe('item_custom_1');
    } finally {
      await dispose();
    }
  });

  it('mute stops audio reaching the model; muted reports it', async () => {
    const { session, emulator, dispose } = await connectedSession(agent());
    try {
      expect(session.muted).toBe(false);
      session.mute(true);
      expect(session.muted).toBe(true);
      session.sendAudio(new ArrayBuffer(4800));
      session.mute(false);
      session.sendAudio(new ArrayBuffer(4800));
      await until(() => clientEvents(emulator, 'input_audio_buffer.append').length === 1, 'one append');
      session.sendMessage('say done');
      await until(() => clientEvents(emulator, 'response.create').length === 1);
      expect(clientEvents(emulator, 'input_audio_buffer.append')).toHaveLength(1);
    } finally {
      await dispose();
    }
  });

  it('reports a malformed server frame as a typed error and keeps going', async () => {
    const { session, dispose, nextEnd } = await connectedSession(agent(), {}, { faults: { malformedAfterEvents: 4 } });
    try {
      const errors: unknown[] = [];
      session.on('error', (event) => errors.push(event.error));
      const ended = nextEnd();
      session.sendMessage('say ok');
      expect(await ended).toBe('ok');
      expect(errors.some((error) => error instanceof InvalidServerEventError && error.reason === 'invalid_json')).toBe(
        true,
      );
    } finally {
      await dispose();
    }
  });

  it('reports a dropped connection, fails a pending approval cleanly and connects again', async () => {
    const { tool } = await import('../src/index.node');
    const { z } = await import('zod');
    const guarded = tool({
      name: 'guarded',
      description: 'needs approval',
      parameters: z.object({}),
      needsApproval: true,
      execute: async () => 'ran',
    });
    const { session, emulator, dispose } = await connectedSession(
      new RealtimeAgent({ name: 'A', instructions: 'You are A.', tools: [guarded] }),
    );
    try {
      const errors: unknown[] = [];
      session.on('error', (event) => errors.push(event.error));
      const statuses: string[] = [];
      session.transport.on('connection_change', (status) => statuses.push(status));
      const approval = new Promise((resolve) => session.on('tool_approval_requested', resolve));
      session.sendMessage('call guarded {}');
      await approval;
      emulator.connections.at(-1)!.close(1011, 'gone');
      await until(() => session.transport.status === 'disconnected', 'disconnect');
      expect(statuses).toContain('disconnected');
      expect(
        errors.some((error) => error instanceof RealtimeConnectionError && error.code === 'connection_closed'),
      ).toBe(true);
      expect(errors.some((error) => (error as { code?: string }).code === 'tool_call_cancelled')).toBe(true);
      await session.connect({ apiKey: 'sk-test', url: emulator.url });
      const ended = new Promise<string>((resolve) => session.on('agent_end', (_c, _a, output) => resolve(output)));
      session.sendMessage('say back again');
      expect(await ended).toBe('back again');
    } finally {
      await dispose();
    }
  });
  it('fails a tool that finishes after the connection dropped instead of sending its output to a new connection', async () => {
    const { tool } = await import('../src/index.node');
    const { z } = await import('zod');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let running!: () => void;
    const isRunning = new Promise<void>((resolve) => (running = resolve));
    const slow = tool({
      name: 'slow',
      description: 'takes a while',
      parameters: z.object({}),
      execute: async () => {
        running();
        await gate;
        return 'late result';
      },
    });
    const { session, emulator, dispose } = await connectedSession(
      new RealtimeAgent({ name: 'A', instructions: 'You are A.', tools: [slow] }),
    );
    try {
      const errors: unknown[] = [];
      session.on('error', (event) => errors.push(event.error));
      session.sendMessage('call slow {}');
      await isRunning;
      emulator.connections.at(-1)!.close(1011, 'gone');
      await until(() => session.transport.status === 'disconnected', 'disconnect');
      await session.connect({ apiKey: 'sk-test', url: emulator.url });
      release();
      await until(() => errors.some((error) => (error as { code?: string }).code === 'tool_call_cancelled'), 'cancel');
      expect(clientEvents(emulator, 'conversation.item.create')).toHaveLength(0);
    } finally {
      await dispose();
    }
  });

  it('keeps audio bytes in history with historyStoreAudio', async () => {
    const { session, dispose, nextEnd } = await connectedSession(agent(), { historyStoreAudio: true });
    try {
      const ended = nextEnd();
      session.sendMessage('say keep the audio');
      await ended;
      await until(() => {
        const item = session.history.find((entry) => entry.type === 'message' && entry.role === 'assistant');
        return item?.type === 'message' && (item.content[0] as { audio?: string }).audio !== undefined;
      }, 'audio in history');
    } finally {
      await dispose();
    }
  });
});

describe('RealtimeSession interruption', () => {
  const TEXT = 'alpha bravo charlie delta echo';

  async function speakAndCollect(session: any, nextEnd: () => Promise<string>) {
    const chunks: ArrayBuffer[] = [];
    let itemId = '';
    session.on('audio', (event: any) => {
      chunks.push(event.data);
      itemId = event.itemId;
    });
    const ended = nextEnd();
    session.sendMessage(`say ${TEXT}`);
    await ended;
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(new Uint8Array(chunk), offset);
      offset += chunk.byteLength;
    }
    return { samples: new Int16Array(bytes.buffer), itemId };
  }

  /** Words completely heard: decode the played audio and keep the words followed by a space. */
  function wordsHeard(samples: Int16Array, playedMs: number): string {
    const decoded = decodeModem(samples.subarray(0, Math.floor((playedMs * 24000) / 1000)), 24000);
    if (decoded === TEXT) return TEXT;
    const lastSpace = decoded.lastIndexOf(' ');
    return lastSpace < 0 ? '' : decoded.slice(0, lastSpace);
  }

  it('interrupt() truncates at the played position and cuts the transcript to the words heard', async () => {
    const { session, emulator, dispose, nextEnd } = await connectedSession(agent());
    try {
      const { samples, itemId } = await speakAndCollect(session, nextEnd);
      const interrupted = new Promise((resolve) => session.on('audio_interrupted', resolve));
      // The player says it has played 8½ characters of the modem voice (70 ms each).
      const playedMs = 70 * 8 + 35;
      (session.transport as OpenAIRealtimeWebSocket).reportPlayback(itemId, playedMs);
      session.interrupt();
      await interrupted;
      await until(() => clientEvents(emulator, 'conversation.item.truncate').length === 1, 'truncate');
      expect(clientEvents(emulator, 'conversation.item.truncate')[0]).toMatchObject({
        item_id: itemId,
        content_index: 0,
        audio_end_ms: playedMs,
      });
      const heard = wordsHeard(samples, playedMs);
      expect(heard).toBe('alpha');
      await until(() => emulator.connections.at(-1)!.events('conversation.item.truncated').length === 1, 'truncated');
      expect(assistantText(session.history.find((item) => item.itemId === itemId))).toBe(heard);
    } finally {
      await dispose();
    }
  });

  it('barge-in (user speech under server VAD) truncates the playing answer to the words heard', async () => {
    const { encodeModem } = await import('@parley/realtime-emulator/modem');
    const { session, emulator, dispose, nextEnd } = await connectedSession(agent(), {
      config: { turnDetection: { type: 'server_vad', silenceDurationMs: 200 } },
    });
    try {
      const { samples, itemId } = await speakAndCollect(session, nextEnd);
      const playedMs = 70 * 21 + 40; // into "delta"
      (session.transport as OpenAIRealtimeWebSocket).reportPlayback(itemId, playedMs);
      const interrupted = new Promise((resolve) => session.on('audio_interrupted', resolve));
      const speech = encodeModem('say stop', 24000);
      const audio = new Int16Array(speech.length + 24000 * 0.5);
      audio.set(speech);
      session.sendAudio(audio.buffer);
      await interrupted;
      await until(() => clientEvents(emulator, 'conversation.item.truncate').length === 1, 'truncate');
      expect(clientEvents(emulator, 'conversation.item.truncate')[0]!.audio_end_ms).toBe(playedMs);
      const heard = wordsHeard(samples, playedMs);
      expect(heard).toBe('alpha bravo charlie');
      expect(assistantText(session.history.find((item) => item.itemId === itemId))).toBe(heard);
    } finally {
      await dispose();
    }
  });
});
