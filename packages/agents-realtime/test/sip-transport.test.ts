import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@parley/realtime-emulator';
import { z } from 'zod';
import { OpenAIRealtimeSIP, RealtimeAgent, RealtimeSession, tool, UserError } from '../src/index.node';
import { until } from './raw-server';

let webhookServer: Server | undefined;
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  await new Promise((resolve) => (webhookServer ? webhookServer.close(resolve) : resolve(undefined)));
  emulator = webhookServer = undefined;
});

async function webhookReceiver(): Promise<string> {
  webhookServer = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.end('ok'));
  });
  await new Promise<void>((resolve) => webhookServer!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(webhookServer!.address() as AddressInfo).port}/webhook`;
}

const lookup = tool({
  name: 'lookup',
  description: 'Look up an order',
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => `order ${id} shipped`,
});

describe('OpenAIRealtimeSIP', () => {
  it('builds the accept payload from an agent and refuses SIP-incompatible turn detection', async () => {
    const agent = new RealtimeAgent({ name: 'Phone', instructions: 'You are Phone.', tools: [lookup], voice: 'marin' });
    const payload = await OpenAIRealtimeSIP.buildInitialConfig(agent, { model: 'gpt-realtime', tracingDisabled: true });
    expect(payload).toMatchObject({
      type: 'realtime',
      model: 'gpt-realtime',
      instructions: 'You are Phone.',
      tracing: null,
      tools: [{ type: 'function', name: 'lookup' }],
      audio: { output: { voice: 'marin' } },
    });
    await expect(
      OpenAIRealtimeSIP.buildInitialConfig(agent, {
        config: { turnDetection: { type: 'server_vad', threshold: 0.4 } },
      }),
    ).rejects.toBeInstanceOf(UserError);
  });

  it('attaches to an accepted call by call_id, runs tools and speaks to the caller; audio is refused', async () => {
    const url = await webhookReceiver();
    emulator = await startEmulator({ port: 0, webhook: { url, secret: 'whsec_dGVzdHNlY3JldA==' } });
    const call = await emulator.sip.simulateIncomingCall();
    const agent = new RealtimeAgent({ name: 'Phone', instructions: 'You are Phone.', tools: [lookup] });
    const accept = await fetch(`${emulator.httpUrl}/realtime/calls/${call.callId}/accept`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' },
      body: JSON.stringify(await OpenAIRealtimeSIP.buildInitialConfig(agent)),
    });
    expect(accept.status).toBeLessThan(300);
    const transport = new OpenAIRealtimeSIP({ url: emulator.url });
    const session = new RealtimeSession(agent, { transport });
    try {
      await session.connect({ apiKey: 'sk-test', callId: call.callId });
      const ends: string[] = [];
      session.on('agent_end', (_c, _a, output) => ends.push(output));
      session.sendMessage('call lookup {"id":"42"}');
      await until(() => ends.length === 2, 'tool round trip');
      expect(ends[1]).toBe('Phone: The result of lookup is order 42 shipped.');
      await until(() => call.heard().includes('order 42 shipped'), 'caller hears the answer');
      expect(() => transport.sendAudio()).toThrow(UserError);
      session.interrupt();
      await until(
        () =>
          emulator!.sip.calls.get(call.callId)!.connection!.events('output_audio_buffer.clear', 'client').length > 0,
        'output buffer cleared',
      );
    } finally {
      session.close();
    }
  });

  it('refuses to connect without a call id', async () => {
    await expect(new OpenAIRealtimeSIP().connect({ apiKey: 'sk-test' })).rejects.toBeInstanceOf(UserError);
  });
});
