// Telephony simulators (Twilio Media Streams caller side).

// The simulated call
export { startTwilioCall } from './start-twilio-call';
export {
  TwilioCall,
  type CallerUtterance,
  type TwilioCallEnd,
  type TwilioCallEvents,
  type TwilioCallOptions,
  type TwilioWarning,
} from './twilio-call';
export type { HeardText } from './call-recording';

// Twilio's playback buffer and message checks
export { PlaybackQueue, MAX_QUEUED_BYTES, type DrainResult } from './playback-queue';
export { checkAppMessage, type AppMessage, type AppMessageCheck } from './app-messages';

// Recording
export { encodeStereoWav, decodeStereoWav } from './stereo-wav';

// Signing
export { streamSignature } from './signature';
