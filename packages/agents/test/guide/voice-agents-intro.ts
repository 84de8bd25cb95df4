// Guide sample (Realtime API page); only the import path differs from the reference docs.
import { RealtimeAgent, RealtimeSession } from '@parley/agents/realtime';

const agent = new RealtimeAgent({
  name: 'Assistant',
  instructions: 'You are a helpful assistant.',
});

const session = new RealtimeSession(agent);

// Automatically connects your microphone and audio output
await session.connect({
  apiKey: '<client-api-key>',
});

export { session };
