import { afterEach, describe, expect, it } from 'vitest';
import { OpenAIRealtimeWebRTC } from '../transport/webrtc/openai-realtime-webrtc';
import { OpenAIRealtimeWebSocket } from '../transport/websocket/openai-realtime-websocket';
import { createTransport } from './transport-choice';

const global = globalThis as { RTCPeerConnection?: unknown };
afterEach(() => {
  delete global.RTCPeerConnection;
});

describe('createTransport', () => {
  it('defaults to WebSocket where there is no WebRTC (Node) and to WebRTC where there is (browsers)', () => {
    expect(createTransport(undefined, {})).toBeInstanceOf(OpenAIRealtimeWebSocket);
    global.RTCPeerConnection = class {};
    expect(createTransport(undefined, {})).toBeInstanceOf(OpenAIRealtimeWebRTC);
  });

  it('honours an explicit choice and passes instances through', () => {
    global.RTCPeerConnection = class {};
    expect(createTransport('websocket', { model: 'm' })).toBeInstanceOf(OpenAIRealtimeWebSocket);
    const instance = new OpenAIRealtimeWebSocket();
    expect(createTransport(instance, {})).toBe(instance);
  });
});
