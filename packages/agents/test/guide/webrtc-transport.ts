// Guide sample (connecting over WebRTC with your own media); only the import path differs.
/* eslint-disable @typescript-eslint/no-unused-vars */
// Type-checked; it needs a browser, so the Node test does not execute it.
import { RealtimeAgent, RealtimeSession, OpenAIRealtimeWebRTC } from '@parley/agents/realtime';

const agent = new RealtimeAgent({
  name: 'Greeter',
  instructions: 'Greet the user with cheer and answer questions.',
});

async function main() {
  const transport = new OpenAIRealtimeWebRTC({
    mediaStream: await navigator.mediaDevices.getUserMedia({ audio: true }),
    audioElement: document.createElement('audio'),
  });

  const customSession = new RealtimeSession(agent, { transport });
}

export { main };
