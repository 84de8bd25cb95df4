import { configFromEnv } from './config';
import { buildServer } from './server';

// The server of the Twilio guide. Point a Twilio number's voice webhook at
// https://<public host>/incoming-call (through a tunnel when running locally).
const config = configFromEnv();
if (!config.openaiApiKey) {
  console.error('Missing OPENAI_API_KEY (any value works with OPENAI_REALTIME_URL pointing to the emulator).');
  process.exit(1);
}

const fastify = await buildServer(config);
await fastify.listen({ port: config.port, host: '0.0.0.0' });
console.log(`Server is listening on port ${config.port}`);

process.on('SIGINT', () => {
  void fastify.close().then(() => process.exit(0));
});
