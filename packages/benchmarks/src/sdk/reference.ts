import { RealtimeAgent, RealtimeSession, utils } from '@openai/agents-realtime';
import { installedVersion } from './package-version';
import { TurnWaiter, type BenchSession, type BenchSessionOptions, type SdkUnderTest } from './sdk-under-test';

function createSession(agentName: string, options: BenchSessionOptions = {}): BenchSession {
  const agent = new RealtimeAgent({ name: agentName, instructions: `You are ${agentName}` });
  const session = new RealtimeSession(agent, {
    transport: 'websocket',
    config: { outputModalities: [options.audio ? 'audio' : 'text'] },
  });
  const waiter = new TurnWaiter();
  session.on('agent_end', (_context, _agent, output) => waiter.ended(output));
  session.on('error', (error) => waiter.failed(error.error));
  return {
    // The reference takes a custom endpoint as `connect({ url })`; in Node it sends the key as a
    // Bearer header, which the emulator accepts.
    connect: (url) => session.connect({ apiKey: 'sk-bench', url }),
    turn: (text, timeoutMs = 5_000) => waiter.next(() => session.sendMessage(text), timeoutMs),
    close: () => session.close(),
  };
}

/** The reference: the OpenAI Agents SDK for TypeScript (`@openai/agents-realtime`). */
export const reference: SdkUnderTest = {
  id: 'reference',
  label: `@openai/agents-realtime@${installedVersion('@openai/agents-realtime')}`,
  browserModule: '@openai/agents-realtime',
  arrayBufferToBase64: (buffer) => utils.arrayBufferToBase64(buffer),
  base64ToArrayBuffer: (base64) => utils.base64ToArrayBuffer(base64),
  createSession,
};
