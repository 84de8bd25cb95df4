import { startEmulator, type Emulator } from '@parley/realtime-emulator';
import { RealtimeSession, type RealtimeAgent, type RealtimeSessionOptions } from '../src/index.node';
import { until } from './raw-server';

export { until };

/** Starts an emulator and a session connected to it; `dispose` closes both. */
export async function connectedSession<TContext = unknown>(
  agent: RealtimeAgent<TContext>,
  options: RealtimeSessionOptions<TContext> = {},
  emulatorOptions: Parameters<typeof startEmulator>[0] = {},
): Promise<{
  emulator: Emulator;
  session: RealtimeSession<TContext>;
  dispose: () => Promise<void>;
  nextEnd: () => Promise<string>;
}> {
  const emulator = await startEmulator({ port: 0, ...emulatorOptions });
  const session = new RealtimeSession(agent, { transport: 'websocket', ...options });
  await session.connect({ apiKey: 'sk-test', url: emulator.url });
  return {
    emulator,
    session,
    nextEnd: () =>
      new Promise((resolve) => {
        const listener = (_context: unknown, _agent: unknown, output: string) => {
          session.off('agent_end', listener);
          resolve(output);
        };
        session.on('agent_end', listener);
      }),
    dispose: async () => {
      session.close();
      await emulator.close();
    },
  };
}

/** Client events of one type the emulator received on its latest connection. */
export function clientEvents(emulator: Emulator, type: string): Array<Record<string, any>> {
  return emulator.connections.at(-1)?.events(type, 'client') ?? [];
}
