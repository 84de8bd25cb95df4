// Twilio Media Streams transport
export {
  TwilioRealtimeTransportLayer,
  type TwilioRealtimeTransportLayerOptions,
} from './twilio/twilio-realtime-transport';
export { TwilioMediaBridge, type TwilioMediaBridgeEvents } from './twilio/twilio-media-bridge';
export type { TwilioWebSocketInput, WebSocketLike } from './twilio/twilio-socket';

// TwiML
export { streamTwiml, type StreamTwimlOptions } from './twilio/twiml';

// Twilio media-stream messages
export {
  createClearMessage,
  createMarkMessage,
  createMediaMessage,
  type TwilioConnectedMessage,
  type TwilioDtmfMessage,
  type TwilioMarkMessage,
  type TwilioMediaFormat,
  type TwilioMediaMessage,
  type TwilioMessage,
  type TwilioOutgoingClearMessage,
  type TwilioOutgoingMarkMessage,
  type TwilioOutgoingMediaMessage,
  type TwilioOutgoingMessage,
  type TwilioStartMessage,
  type TwilioStopMessage,
} from './twilio/messages';
export { parseTwilioMessage, type ParseTwilioMessageResult } from './twilio/parse-message';

// Playback tracking
export { MarkPlaybackTracker, type PlaybackProgress, type PlaybackTruncation } from './twilio/mark-playback-tracker';
export { AudioFramer, MULAW_SILENCE, TWILIO_FRAME_BYTES } from './twilio/audio-framer';

// Signature validation (X-Twilio-Signature)
export {
  getTwilioSignature,
  twilioSignaturePayload,
  type TwilioRequestParams,
} from './twilio/signature/compute-signature';
export { validateTwilioRequest, validateTwilioRequestWithBody } from './twilio/signature/validate-request';
export {
  validateTwilioWebSocketRequest,
  type TwilioWebSocketRequestCheck,
} from './twilio/signature/validate-websocket';

// Errors
export { TwilioMessageError } from './twilio/twilio-message-error';
