// Guide sample (quickstart: putting it all together); only the import path differs.
import { RealtimeAgent, RealtimeSession } from '@parley/agents/realtime';

const agent = new RealtimeAgent({
  name: 'Assistant',
  instructions: 'You are a helpful assistant.',
});

const session = new RealtimeSession(agent);

// Automatically connects your microphone and audio output
// in the browser via WebRTC.
await session.connect({
  apiKey: '<client-api-key>',
});

export { session };
