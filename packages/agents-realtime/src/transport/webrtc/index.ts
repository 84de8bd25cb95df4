// The WebRTC transport: the browser default.
export { OpenAIRealtimeWebRTC, type WebRTCState } from './openai-realtime-webrtc';
export type { OpenAIRealtimeWebRTCOptions } from './webrtc-options';
export { WebRTCSdpExchangeError, WebRTCIceError } from './webrtc-errors';
export type { ApiKey } from './api-key';
