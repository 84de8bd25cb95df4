import { startEmulator, type Emulator, type EmulatorOptions } from '@parley/realtime-emulator';
import { startTwilioCall, type TwilioCall, type TwilioCallOptions } from '@parley/realtime-emulator/twilio';
import type { WebSocket } from 'ws';
import { TwilioRealtimeTransportLayer } from '../../src/twilio/twilio-realtime-transport';
import { startMediaServer } from './media-server';

/** Options of {@link startCallFixture}. */
export interface CallFixtureOptions {
  emulator?: EmulatorOptions;
  call?: Partial<TwilioCallOptions>;
  /** Wait for this promise before connecting the model (audio arrives meanwhile). */
  connectGate?: Promise<unknown>;
  /** Builds the bridge for each Twilio socket; defaults to a bare transport that connects at once. */
  onSocket?: (socket: WebSocket, emulator: Emulator) => void;
}

/**
 * The emulator, a media-stream server whose handler bridges each Twilio socket with a
 * TwilioRealtimeTransportLayer, and a simulated caller. Dispose it to close everything.
 */
export async function startCallFixture(options: CallFixtureOptions = {}) {
  const emulator = await startEmulator({ port: 0, ...options.emulator });
  let resolveTransport!: (transport: TwilioRealtimeTransportLayer) => void;
  const transportReady = new Promise<TwilioRealtimeTransportLayer>((resolve) => (resolveTransport = resolve));
  const connectErrors: unknown[] = [];
  const server = await startMediaServer((socket) => {
    if (options.onSocket) return options.onSocket(socket, emulator);
    const transport = new TwilioRealtimeTransportLayer({ twilioWebSocket: socket });
    resolveTransport(transport);
    void (async () => {
      await options.connectGate;
      await transport.connect({ apiKey: 'sk-test', url: emulator.url });
    })().catch((error: unknown) => connectErrors.push(error));
  });
  const connection = emulator.nextConnection();
  const call: TwilioCall = await startTwilioCall({ url: server.url, speed: 4, ...options.call });
  return {
    emulator,
    call,
    transport: options.onSocket ? undefined : await transportReady,
    connection,
    connectErrors,
    async close() {
      await call.hangUp();
      await server.close();
      await emulator.close();
    },
  };
}
