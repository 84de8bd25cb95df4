import { describe, expect, it } from 'vitest';
import { RealtimeAgent, type RealtimeItem } from '../src/index.node';
import { clientEvents, connectedSession, until } from './session-fixture';

const agent = () => new RealtimeAgent({ name: 'Greeter', instructions: 'You are Greeter.' });

function transcriptOf(item: RealtimeItem | undefined): string | undefined {
  if (item?.type !== 'message') return undefined;
  return item.content.map((part: any) => part.text ?? part.transcript ?? '').join('');
}

describe('RealtimeSession text and audio turns', () => {
  it('answers a text message with audio, events in order, history, usage and metrics', async () => {
    const { session, emulator, dispose, nextEnd } = await connectedSession(agent());
    try {
      const events: string[] = [];
      for (const name of ['agent_start', 'audio_start', 'audio_stopped', 'agent_end'] as const) {
        session.on(name, () => events.push(name));
      }
      let audioBytes = 0;
      session.on('audio', (event) => (audioBytes += event.data.byteLength));
      const added: string[] = [];
      session.on('history_added', (item) => added.push(item.type === 'message' ? item.role : item.type));
      const ended = nextEnd();
      session.sendMessage('say Hello there');
      expect(await ended).toBe('Hello there');
      expect(events).toEqual(['agent_start', 'audio_start', 'audio_stopped', 'agent_end']);
      expect(audioBytes).toBeGreaterThan(0);
      await until(() => transcriptOf(session.history.at(-1)) === 'Hello there', 'assistant transcript in history');
      expect(session.history.map((item) => (item.type === 'message' ? item.role : item.type))).toEqual([
        'user',
        'assistant',
      ]);
      expect(transcriptOf(session.history[0])).toBe('say Hello there');
      expect(added).toEqual(['user', 'assistant']);
      expect(session.usage.requests).toBe(1);
      expect(session.usage.totalTokens).toBe(session.usage.inputTokens + session.usage.outputTokens);
      const metrics = session.metrics;
      expect(metrics.turns).toHaveLength(1);
      expect(metrics.turns[0]!.endOfInputToFirstAudioMs).toBeGreaterThanOrEqual(0);
      expect(metrics.endOfInputToFirstAudioMs.count).toBe(1);
      // The session sent the agent's instructions and the GA layout.
      expect(clientEvents(emulator, 'session.update')[0]!.session).toMatchObject({
        type: 'realtime',
        instructions: 'You are Greeter.',
        tracing: 'auto',
      });
    } finally {
      await dispose();
    }
  });

  it('answers a text message in text mode with the beta dialect', async () => {
    const { RealtimeSession, OpenAIRealtimeWebSocket } = await import('../src/index.node');
    const { startEmulator } = await import('@parley/realtime-emulator');
    const emulator = await startEmulator({ port: 0 });
    const session = new RealtimeSession(agent(), {
      transport: new OpenAIRealtimeWebSocket({ dialect: 'beta' }),
      config: { modalities: ['text'] },
    });
    try {
      await session.connect({ apiKey: 'sk-test', url: emulator.url });
      const ended = new Promise<string>((resolve) => session.on('agent_end', (_c, _a, output) => resolve(output)));
      session.sendMessage('say plain text');
      expect(await ended).toBe('plain text');
      expect(clientEvents(emulator, 'session.update')[0]!.session).toMatchObject({ modalities: ['text'] });
    } finally {
      session.close();
      await emulator.close();
    }
  });

  it('speaks the beta dialect with audio and reports playout metrics from the player', async () => {
    const { RealtimeSession, OpenAIRealtimeWebSocket } = await import('../src/index.node');
    const { startEmulator } = await import('@parley/realtime-emulator');
    const emulator = await startEmulator({ port: 0 });
    const transport = new OpenAIRealtimeWebSocket({ dialect: 'beta' });
    const session = new RealtimeSession(agent(), { transport });
    try {
      await session.connect({ apiKey: 'sk-test', url: emulator.url });
      session.on('audio', (event) => transport.reportPlayback(event.itemId!, 20));
      const ended = new Promise<string>((resolve) => session.on('agent_end', (_c, _a, output) => resolve(output)));
      session.sendMessage('say beta audio');
      expect(await ended).toBe('beta audio');
      await until(() => transcriptOf(session.history.at(-1)) === 'beta audio', 'beta transcript in history');
      expect(session.metrics.turns[0]!.firstAudioToPlayoutMs).toBeGreaterThanOrEqual(0);
      expect(clientEvents(emulator, 'session.update')[0]!.session).toMatchObject({ output_audio_format: 'pcm16' });
    } finally {
      session.close();
      await emulator.close();
    }
  });

  it('answers spoken input (modem voice) under server VAD and records the user transcript', async () => {
    const { encodeModem } = await import('@parley/realtime-emulator/modem');
    const { session, dispose, nextEnd } = await connectedSession(agent(), {
      config: { turnDetection: { type: 'server_vad', silenceDurationMs: 200 } },
    });
    try {
      const ended = nextEnd();
      const speech = encodeModem('say good morning', 24000);
      const silence = new Int16Array(24000 * 0.6);
      const audio = new Int16Array(speech.length + silence.length);
      audio.set(speech);
      for (let offset = 0; offset < audio.length; offset += 2400) {
        session.sendAudio(audio.slice(offset, offset + 2400).buffer);
      }
      expect(await ended).toBe('good morning');
      expect(session.history[0]).toMatchObject({ type: 'message', role: 'user' });
    } finally {
      await dispose();
    }
  });
});
