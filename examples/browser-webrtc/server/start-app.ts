import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '@parley/realtime-emulator';
import { webrtcCalls } from '@parley/realtime-emulator/webrtc';
import { createServer, type ViteDevServer } from 'vite';
import { tokenRoute } from './token-route';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Options of {@link startApp}. */
export interface AppOptions {
  /** An emulator to use (it must mount `webrtcCalls()`); one is started when absent. */
  emulator?: Emulator;
  /** @default 5173; 0 picks a free port */
  port?: number;
}

/** The running example: the page (Vite), its token back end, and the emulator behind them. */
export interface App {
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/**
 * Starts the example against the emulator: Vite serves the page, `/token` mints ephemeral keys
 * from the emulator, and `/v1/*` is proxied to the emulator so the page's WebRTC call is same-origin.
 */
export async function startApp(options: AppOptions = {}): Promise<App> {
  const ownsEmulator = !options.emulator;
  const emulator = options.emulator ?? (await startEmulator({ extensions: [webrtcCalls()] }));
  const origin = `http://${emulator.host}:${emulator.port}`;
  let vite: ViteDevServer;
  try {
    vite = await createServer({
      root,
      configFile: `${root}vite.config.ts`,
      server: {
        host: '127.0.0.1',
        port: options.port ?? 5173,
        strictPort: options.port !== 0,
        proxy: { '/v1': origin },
      },
      plugins: [
        {
          name: 'parley-token-route',
          configureServer(server) {
            server.middlewares.use(
              tokenRoute({ apiBaseUrl: emulator.httpUrl, apiKey: 'sk-emulator', pageBaseUrl: '/v1' }),
            );
          },
        },
      ],
    });
    await vite.listen();
  } catch (error) {
    if (ownsEmulator) await emulator.close();
    throw error;
  }
  const address = vite.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator,
    async close() {
      await vite.close();
      if (ownsEmulator) await emulator.close();
    },
  };
}
