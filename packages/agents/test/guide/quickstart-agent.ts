// Guide sample (quickstart: create your first agent); only the import path differs.
import { RealtimeAgent } from '@parley/agents-realtime';

const agent = new RealtimeAgent({
  name: 'Assistant',
  instructions: 'You are a helpful assistant.',
});

export { agent };
