import { UserError } from '@parley/agents-core';
import { OpenAIRealtimeWebRTC } from '../transport/webrtc/openai-realtime-webrtc';
import { OpenAIRealtimeWebSocket } from '../transport/websocket/openai-realtime-websocket';
import type { RealtimeTransportLayer } from '../transport/transport-layer';

type TransportFactory = (options: { model?: string }) => RealtimeTransportLayer;

const factories: Partial<Record<'webrtc' | 'websocket', TransportFactory>> = {
  websocket: (options) => new OpenAIRealtimeWebSocket(options),
  webrtc: (options) => new OpenAIRealtimeWebRTC(options),
};

/** Registers the factory behind a transport name (the WebRTC entry registers `'webrtc'`). */
export function registerTransport(name: 'webrtc' | 'websocket', factory: TransportFactory): void {
  factories[name] = factory;
}

/** Whether this runtime looks like a browser with WebRTC. */
export function hasWebRTC(): boolean {
  return typeof (globalThis as { RTCPeerConnection?: unknown }).RTCPeerConnection !== 'undefined';
}

/** Resolves the session's `transport` option to an instance. */
export function createTransport(
  choice: 'webrtc' | 'websocket' | RealtimeTransportLayer | undefined,
  options: { model?: string },
): RealtimeTransportLayer {
  if (choice && typeof choice === 'object') return choice;
  const name = choice ?? (hasWebRTC() ? 'webrtc' : 'websocket');
  const factory = factories[name];
  if (!factory) throw new UserError(`Transport '${name}' is not available in this build`);
  return factory(options);
}
