// A bare page for the transport tests: exposes the WebRTC transport to `page.evaluate`.
import { OpenAIRealtimeWebRTC } from '../../../../packages/agents-realtime/src/transport/webrtc/openai-realtime-webrtc';

(window as unknown as { parley: unknown }).parley = { OpenAIRealtimeWebRTC };
