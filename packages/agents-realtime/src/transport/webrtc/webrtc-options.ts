import type { ApiKey } from './api-key';

/** Options of {@link OpenAIRealtimeWebRTC}. */
export interface OpenAIRealtimeWebRTCOptions {
  /**
   * Base URL of the Realtime API; the SDP offer goes to `${baseUrl}/realtime/calls`.
   * Point it at the emulator (`http://127.0.0.1:<port>/v1`) to run offline.
   * @default 'https://api.openai.com/v1'
   */
  baseUrl?: string;
  /** The model to connect to; also settable per `connect()`. @default 'gpt-realtime' */
  model?: string;
  /** An ephemeral key, or a function fetching one from your back end. Also settable per `connect()`. */
  apiKey?: ApiKey;
  /** Microphone to send. When absent, `connect()` asks for one with `getUserMedia({ audio: true })`. */
  mediaStream?: MediaStream;
  /** Where the model's audio plays. When absent, an autoplaying `<audio>` element is created (not attached). */
  audioElement?: HTMLAudioElement;
  /** Accept a non-ephemeral key in the browser. Only for trusted pages: the key is visible to the page. @default false */
  useInsecureApiKey?: boolean;
  /** Adjust or replace the peer connection before the offer is made (e.g. to add ICE servers). */
  changePeerConnection?: (connection: RTCPeerConnection) => RTCPeerConnection | Promise<RTCPeerConnection>;
  /** The `fetch` used for the SDP exchange. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** How long to wait for the `oai-events` channel after the answer. @default 10000 */
  connectTimeoutMs?: number;
  /** How long a peer connection may stay `disconnected` before the call is closed. @default 5000 */
  disconnectTimeoutMs?: number;
}
