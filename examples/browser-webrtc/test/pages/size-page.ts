// The page the size budget is measured on: the three names a browser voice agent needs.
import { OpenAIRealtimeWebRTC, RealtimeAgent, RealtimeSession } from '@parley/agents/realtime';

const agent = new RealtimeAgent({ name: 'Greeter', instructions: 'Greet the user.' });
const session = new RealtimeSession(agent, { transport: new OpenAIRealtimeWebRTC() });
(window as unknown as { session: unknown }).session = session;
