// WebRTC for the emulator: the calls endpoint, Opus tracks and the oai-events data channel.

// Peer connection
export { RealtimePeer, SdpOfferError, EVENTS_CHANNEL_LABEL } from './realtime-peer';
export type { RealtimePeerHandlers, RealtimePeerOptions } from './realtime-peer';

// Audio plumbing
export { AudioPacer } from './audio-pacer';
export type { AudioPacerHandlers } from './audio-pacer';
export { OpusCodec, OPUS_FRAME_SAMPLES, OPUS_SAMPLE_RATE } from './opus-codec';
export { downsample48To24, upsample24To48 } from './pcm-resample';

// Calls endpoint
export { webrtcCalls, webrtcCallsOf } from './calls-extension';
export type { WebRTCCallsOptions } from './calls-extension';
export { WebRTCCall } from './webrtc-call';
export type { WebRTCCallOptions, WebRTCSessionWiring, AttachedSession } from './webrtc-call';
export { readCallRequest, CallRequestError } from './call-request';
export type { CallRequest } from './call-request';
