// Guide sample (quickstart: create a session, connect); only the import path differs.
import { RealtimeSession } from '@parley/agents-realtime';
import { agent } from './quickstart-agent';

const session = new RealtimeSession(agent, {
  model: 'gpt-realtime',
});

await session.connect({ apiKey: '<client-api-key>' });

export { session };
