import { RealtimeAgent, RealtimeSession, arrayBufferToBase64, base64ToArrayBuffer } from '@parley/agents-realtime';
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
    connect: (url) => session.connect({ apiKey: 'sk-bench', url }),
    turn: (text, timeoutMs = 5_000) => waiter.next(() => session.sendMessage(text), timeoutMs),
    close: () => session.close(),
  };
}

/** Parley (`@parley/agents-realtime`, resolved to its built `dist`). */
export const parley: SdkUnderTest = {
  id: 'parley',
  label: `@parley/agents-realtime@${installedVersion('@parley/agents-realtime')}`,
  browserModule: '@parley/agents-realtime',
  arrayBufferToBase64: (buffer) => arrayBufferToBase64(buffer),
  base64ToArrayBuffer: (base64) => base64ToArrayBuffer(base64),
  createSession,
};
