// Guide sample (text input); only the import path differs.
import { RealtimeSession, RealtimeAgent } from '@parley/agents/realtime';

const agent = new RealtimeAgent({
  name: 'Assistant',
});

const session = new RealtimeSession(agent, {
  model: 'gpt-realtime',
});

session.sendMessage('Hello, how are you?');

export { session };
