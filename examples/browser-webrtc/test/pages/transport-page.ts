// A bare page for the transport tests: exposes the WebRTC transport to `page.evaluate`.
import { OpenAIRealtimeWebRTC } from '@parley/agents-realtime';

(window as unknown as { parley: unknown }).parley = { OpenAIRealtimeWebRTC };
