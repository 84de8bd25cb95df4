import { exchangeSdp } from './sdp-exchange';
import { WebRTCIceError } from './webrtc-errors';

/** The data channel the Realtime API carries its JSON events on. */
export const EVENTS_CHANNEL_LABEL = 'oai-events';

/** Everything needed to place one call. */
export interface WebRTCCallRequest {
  /** The calls endpoint, e.g. `https://api.openai.com/v1/realtime/calls`. */
  url: string;
  apiKey: string;
  /** Microphone to send; when absent the call still negotiates a receive-only audio section. */
  mediaStream: MediaStream | undefined;
  /** Where the model's audio plays. */
  audioElement: HTMLAudioElement;
  fetch: typeof globalThis.fetch;
  /** Lets the caller adjust or replace the peer connection before the offer is made. */
  changePeerConnection?: (connection: RTCPeerConnection) => RTCPeerConnection | Promise<RTCPeerConnection>;
  /** How long to wait for the data channel to open after the answer. */
  openTimeoutMs: number;
  signal?: AbortSignal;
}

/** A call whose `oai-events` channel is open. */
export interface WebRTCCall {
  peerConnection: RTCPeerConnection;
  dataChannel: RTCDataChannel;
  /** The sender of the microphone track, used for mute. */
  audioSender: RTCRtpSender | undefined;
  callId: string | undefined;
}

/**
 * Creates the peer connection, offers one audio track and the `oai-events` channel, exchanges SDP
 * with the calls endpoint and waits for the channel to open. On any failure the peer connection
 * is closed before the error is thrown.
 */
export async function placeWebRTCCall(request: WebRTCCallRequest): Promise<WebRTCCall> {
  let peerConnection = new RTCPeerConnection();
  try {
    if (request.changePeerConnection) peerConnection = await request.changePeerConnection(peerConnection);
    peerConnection.ontrack = (event) => {
      request.audioElement.srcObject = event.streams[0] ?? new MediaStream([event.track]);
    };
    // The channel must exist before the offer so that the SDP carries an application section.
    const dataChannel = peerConnection.createDataChannel(EVENTS_CHANNEL_LABEL);
    const track = request.mediaStream?.getAudioTracks()[0];
    let audioSender: RTCRtpSender | undefined;
    if (track && request.mediaStream) {
      audioSender = peerConnection.addTrack(track, request.mediaStream);
    } else {
      peerConnection.addTransceiver('audio', { direction: 'recvonly' });
    }
    const offer = await peerConnection.createOffer();
    await peerConnection.setLocalDescription(offer);
    const answer = await exchangeSdp({
      url: request.url,
      apiKey: request.apiKey,
      offerSdp: offer.sdp ?? '',
      fetch: request.fetch,
      signal: request.signal,
    });
    await peerConnection.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    await waitForOpen(peerConnection, dataChannel, request.openTimeoutMs);
    return { peerConnection, dataChannel, audioSender, callId: answer.callId };
  } catch (error) {
    peerConnection.close();
    throw error;
  }
}

/** Resolves when `channel` opens; rejects when ICE fails, the channel closes, or time runs out. */
function waitForOpen(connection: RTCPeerConnection, channel: RTCDataChannel, timeoutMs: number): Promise<void> {
  if (channel.readyState === 'open') return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      channel.removeEventListener('open', onOpen);
      channel.removeEventListener('close', onClose);
      connection.removeEventListener('connectionstatechange', onState);
    };
    const fail = (message: string, state: RTCPeerConnectionState | 'timeout'): void => {
      cleanup();
      reject(new WebRTCIceError('connection_failed', message, state));
    };
    const onOpen = (): void => {
      cleanup();
      resolve();
    };
    const onClose = (): void => fail('The oai-events data channel closed before opening', connection.connectionState);
    const onState = (): void => {
      if (connection.connectionState === 'failed') fail('ICE negotiation failed', 'failed');
    };
    const timer = setTimeout(
      () => fail(`The oai-events data channel did not open within ${timeoutMs} ms`, 'timeout'),
      timeoutMs,
    );
    channel.addEventListener('open', onOpen);
    channel.addEventListener('close', onClose);
    connection.addEventListener('connectionstatechange', onState);
  });
}
