#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { Pacing } from './session/pacing';
import { startEmulator } from './server/emulator';

const USAGE = `Usage: parley-emulator [--port 8787] [--host 127.0.0.1] [--pacing fast|realtime|<speed>] [--speech modem|espeak] [--quiet]

Starts a local Realtime + Responses API server with a deterministic model.
Say "say TEXT" to hear TEXT back, "call TOOL {json}" to get a tool call.
--speech espeak answers in a human-audible voice when espeak-ng is installed.`;

function pacingOf(value: string | undefined): Pacing {
  if (!value || value === 'fast') return 'fast';
  if (value === 'realtime') return 'realtime';
  const speed = Number(value);
  if (!Number.isFinite(speed) || speed <= 0)
    throw new Error(`--pacing must be fast, realtime or a positive number, not ${value}`);
  return { speed };
}

async function main(): Promise<void> {
  // `pnpm start -- --port 1234` passes the `--` through; drop it.
  const args = process.argv.slice(2);
  if (args[0] === '--') args.shift();
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      pacing: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      speech: { type: 'string', default: 'modem' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator({
    port: Number(values.port),
    host: values.host,
    pacing: pacingOf(values.pacing),
    log: !values.quiet,
    speech: values.speech === 'espeak' ? 'espeak' : 'modem',
  });
  console.log(`Realtime WebSocket: ${emulator.url}`);
  console.log(`HTTP API base:      ${emulator.httpUrl}`);
  console.log('Any non-empty API key is accepted. Press Ctrl+C to stop.');
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
