import { describe, expect, it } from 'vitest';
import { RealtimeAgent, RealtimeSession } from '@parley/agents-realtime';
import { FakeTransport } from '@parley/agents-realtime/testing';

describe('FakeTransport with a RealtimeSession', () => {
  it('records what the session sends, keeps the transport’s required audio format, and feeds history', async () => {
    const transport = new FakeTransport({ requiredAudioFormat: { input: 'g711_ulaw', output: 'g711_ulaw' } });
    const session = new RealtimeSession(new RealtimeAgent({ name: 'A', instructions: 'Hi' }), { transport });
    await session.connect({ apiKey: 'test' });
    const config = transport.callsOf('connect')[0]!.options.initialSessionConfig!;
    expect(config.audio?.input?.format).toBe('g711_ulaw');
    expect(config.audio?.output?.format).toBe('g711_ulaw');
    expect(config.instructions).toBe('Hi');

    const explicit = new FakeTransport({ requiredAudioFormat: { output: 'g711_ulaw' } });
    await new RealtimeSession(new RealtimeAgent({ name: 'B' }), {
      transport: explicit,
      config: { outputAudioFormat: 'pcm16' },
    }).connect({ apiKey: 'test' });
    expect(explicit.callsOf('connect')[0]!.options.initialSessionConfig!.outputAudioFormat).toBe('pcm16');

    const updates: number[] = [];
    session.on('history_updated', (history) => updates.push(history.length));
    transport.emit('item_update', {
      itemId: 'u1',
      type: 'message',
      role: 'user',
      status: 'completed',
      content: [{ type: 'input_audio', transcript: null }],
    });
    transport.emit('input_audio_transcription_completed', { itemId: 'u1', contentIndex: 0, transcript: 'hello' });
    expect(session.history[0]).toMatchObject({ content: [{ type: 'input_audio', transcript: 'hello' }] });
    // A later server update without the transcript does not erase it.
    transport.emit('item_update', {
      itemId: 'u1',
      type: 'message',
      role: 'user',
      status: 'completed',
      content: [{ type: 'input_audio', transcript: null }],
    });
    expect(session.history[0]).toMatchObject({ content: [{ type: 'input_audio', transcript: 'hello' }] });
    transport.emit('item_deleted', { itemId: 'u1' });
    expect(session.history).toEqual([]);
    expect(updates).toEqual([1, 1, 0]);

    session.mute(true);
    session.interrupt();
    expect(transport.calls.map((call) => call.method)).toEqual(['connect', 'mute', 'interrupt']);
    session.close();
    session.close();
    expect(transport.callsOf('close')).toHaveLength(1);
  });
});
