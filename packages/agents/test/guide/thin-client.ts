// Guide sample (only using the transport layer); only the import path differs. Type-checked; it
/* eslint-disable @typescript-eslint/no-unused-vars */
// runs in a browser (WebRTC), so the Node test does not execute it.
import { OpenAIRealtimeWebRTC } from '@parley/agents/realtime';

export async function thinClient() {
  const client = new OpenAIRealtimeWebRTC();
  const audioBuffer = new ArrayBuffer(0);

  await client.connect({
    apiKey: '<api key>',
    model: 'gpt-4o-mini-realtime-preview',
    initialSessionConfig: {
      instructions: 'Speak like a pirate',
      voice: 'ash',
      modalities: ['text', 'audio'],
      inputAudioFormat: 'pcm16',
      outputAudioFormat: 'pcm16',
    },
  });

  // optionally for WebSockets
  client.on('audio', (newAudio) => {});

  client.sendAudio(audioBuffer);
}
