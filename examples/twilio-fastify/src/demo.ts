import { runDemo } from './demo/run-demo';

// `npm run demo`: a whole phone call, offline. Set OPENAI_API_KEY to use the real API instead
// of the embedded emulator (the caller speaks the emulator's modem voice, so expect little sense).
const speedArgument = process.argv.find((argument) => argument.startsWith('--speed='));
const timeout = setTimeout(() => {
  console.error('The demo call did not finish within 60 s.');
  process.exit(1);
}, 60_000);

try {
  await runDemo({
    speed: speedArgument ? Number(speedArgument.slice('--speed='.length)) : 1,
    openaiApiKey: process.env.OPENAI_API_KEY || undefined,
    realtimeUrl: process.env.OPENAI_REALTIME_URL || undefined,
  });
  clearTimeout(timeout);
} catch (error) {
  console.error('The demo call failed:', error);
  process.exit(1);
}
