// `pnpm start`: the example page against a local emulator, in one command.
import { startApp } from './start-app';

const app = await startApp({ port: Number(process.env['PORT'] ?? 5173) });
console.log(`Parley browser example: ${app.url} (emulator at ${app.emulator.httpUrl})`);
const stop = (): void => void app.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
