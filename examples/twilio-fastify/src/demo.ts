import { streamTwiml } from '@parley/agents-extensions';

// The TwiML that the call's voice webhook answers with: it connects the call to our media stream.
console.log(streamTwiml({ url: 'wss://example.test/media-stream', say: 'O.K. you can start talking!' }));
