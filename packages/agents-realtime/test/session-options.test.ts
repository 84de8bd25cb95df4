import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RealtimeAgent, tool, type RealtimeContextData } from '../src/index.node';
import { clientEvents, connectedSession, until } from './session-fixture';

const agent = () => new RealtimeAgent({ name: 'Greeter', instructions: 'You are Greeter.' });

describe('RealtimeSession options against the emulator', () => {
  it('maps every configuration option to a session the server accepts and echoes', async () => {
    const { session, emulator, dispose } = await connectedSession(agent(), {
      model: 'gpt-realtime',
      workflowName: 'support',
      groupId: 'call-42',
      traceMetadata: { tier: 'gold' },
      config: {
        audio: {
          input: {
            format: 'g711_ulaw',
            transcription: { model: 'gpt-4o-transcribe', language: 'en' },
            noiseReduction: { type: 'near_field' },
            turnDetection: { type: 'server_vad', threshold: 0.6, prefixPaddingMs: 200, silenceDurationMs: 400 },
          },
          output: { format: 'g711_ulaw', voice: 'ash', speed: 1.2 },
        },
        toolChoice: 'none',
        providerData: { max_output_tokens: 512 },
      },
    });
    try {
      const errors: unknown[] = [];
      session.on('error', (event) => errors.push(event.error));
      const raw: string[] = [];
      session.on('transport_event', (event) => raw.push(event.type));
      await until(() => emulator.connections.at(-1)!.events('session.updated').length > 0, 'session.updated');
      const echoed = emulator.connections.at(-1)!.events('session.updated').at(-1)!.session as Record<string, any>;
      expect(echoed).toMatchObject({
        tool_choice: 'none',
        max_output_tokens: 512,
        tracing: { workflow_name: 'support', group_id: 'call-42', metadata: { tier: 'gold' } },
        audio: {
          input: {
            format: { type: 'audio/pcmu' },
            transcription: { model: 'gpt-4o-transcribe', language: 'en' },
            noise_reduction: { type: 'near_field' },
            turn_detection: { type: 'server_vad', threshold: 0.6, prefix_padding_ms: 200, silence_duration_ms: 400 },
          },
          output: { format: { type: 'audio/pcmu' }, voice: 'ash', speed: 1.2 },
        },
      });
      session.sendMessage('say ok');
      await until(() => raw.includes('response.done'), 'raw events through transport_event');
      expect(errors).toEqual([]);
    } finally {
      await dispose();
    }
  });

  it('turns tracing off with tracingDisabled', async () => {
    const { emulator, dispose } = await connectedSession(agent(), { tracingDisabled: true });
    try {
      await until(() => clientEvents(emulator, 'session.update').length > 0);
      expect(clientEvents(emulator, 'session.update')[0]!.session.tracing).toBeNull();
    } finally {
      await dispose();
    }
  });

  it('passes the user context (with history) to tools', async () => {
    const parameters = z.object({});
    const seen: Array<{ userId?: string; items: number }> = [];
    const whoAmI = tool<typeof parameters, RealtimeContextData<{ userId: string }>>({
      name: 'who_am_i',
      description: 'Who is calling',
      parameters,
      execute: async (_args, details) => {
        seen.push({ userId: details?.context.userId, items: details?.context.history.length ?? 0 });
        return details?.context.userId ?? 'unknown';
      },
    });
    const withTool = new RealtimeAgent<{ userId: string }>({ name: 'A', instructions: 'You are A.', tools: [whoAmI] });
    const { session, dispose, nextEnd } = await connectedSession(withTool, { context: { userId: 'u-7' } });
    try {
      session.sendMessage('call who_am_i {}');
      await nextEnd();
      expect(await nextEnd()).toBe('A: The result of who_am_i is u-7.');
      expect(seen).toEqual([{ userId: 'u-7', items: 2 }]);
      expect(session.context.context.userId).toBe('u-7');
    } finally {
      await dispose();
    }
  });

  it('adds an image to the conversation and it appears in history', async () => {
    const { session, emulator, dispose } = await connectedSession(agent());
    try {
      const image = 'data:image/png;base64,iVBORw0KGgo=';
      session.addImage(image, { triggerResponse: false });
      await until(() => session.history.length === 1, 'image item');
      expect(session.history[0]).toMatchObject({
        type: 'message',
        role: 'user',
        content: [{ type: 'input_image', image }],
      });
      expect(clientEvents(emulator, 'response.create')).toHaveLength(0);
    } finally {
      await dispose();
    }
  });

  it('commits audio manually without turn detection; a raw response.create through the transport answers', async () => {
    const { encodeModem } = await import('@parley/realtime-emulator/modem');
    const { session, emulator, dispose, nextEnd } = await connectedSession(agent(), {
      config: { turnDetection: null },
    });
    try {
      session.sendAudio(encodeModem('say manual turn', 24000).buffer as ArrayBuffer, { commit: true });
      await until(() => emulator.connections.at(-1)!.events('input_audio_buffer.committed').length === 1, 'commit');
      const ended = nextEnd();
      session.transport.sendEvent({ type: 'response.create' });
      expect(await ended).toBe('manual turn');
    } finally {
      await dispose();
    }
  });
});
