/** Audio format announced in `start.mediaFormat`; Twilio always sends μ-law 8 kHz mono. */
export interface TwilioMediaFormat {
  encoding: string;
  sampleRate: number;
  channels: number;
}

/** First message after the handshake. */
export interface TwilioConnectedMessage {
  event: 'connected';
  protocol: string;
  version: string;
}

/** Sent once after `connected`; carries the stream and call ids and the custom parameters. */
export interface TwilioStartMessage {
  event: 'start';
  sequenceNumber: string;
  streamSid: string;
  start: {
    streamSid: string;
    accountSid: string;
    callSid: string;
    tracks: string[];
    customParameters: Record<string, string>;
    mediaFormat: TwilioMediaFormat;
  };
}

/** 20 ms of caller audio (base64 μ-law). `chunk` and `timestamp` are decimal strings. */
export interface TwilioMediaMessage {
  event: 'media';
  sequenceNumber: string;
  streamSid: string;
  media: { track: string; chunk: string; timestamp: string; payload: string };
}

/** A key press; `track` is always `inbound_track`. */
export interface TwilioDtmfMessage {
  event: 'dtmf';
  sequenceNumber: string;
  streamSid: string;
  dtmf: { track: string; digit: string };
}

/** The echo of a mark the app sent: the audio before it has played (or was cleared). */
export interface TwilioMarkMessage {
  event: 'mark';
  sequenceNumber: string;
  streamSid: string;
  mark: { name: string };
}

/** The stream stopped (hang-up, or the call's TwiML was replaced). */
export interface TwilioStopMessage {
  event: 'stop';
  sequenceNumber: string;
  streamSid: string;
  stop: { accountSid: string; callSid: string };
}

/** Every message Twilio sends on a bidirectional media stream. */
export type TwilioMessage =
  | TwilioConnectedMessage
  | TwilioStartMessage
  | TwilioMediaMessage
  | TwilioDtmfMessage
  | TwilioMarkMessage
  | TwilioStopMessage;

/** Audio for Twilio to play: base64 of raw μ-law 8 kHz bytes, no header. */
export interface TwilioOutgoingMediaMessage {
  event: 'media';
  streamSid: string;
  media: { payload: string };
}

/** Asks Twilio to echo `name` once the audio sent before it has played. */
export interface TwilioOutgoingMarkMessage {
  event: 'mark';
  streamSid: string;
  mark: { name: string };
}

/** Drops every byte queued for playback; pending marks are echoed. */
export interface TwilioOutgoingClearMessage {
  event: 'clear';
  streamSid: string;
}

/** Every message the app may send on a bidirectional media stream. */
export type TwilioOutgoingMessage = TwilioOutgoingMediaMessage | TwilioOutgoingMarkMessage | TwilioOutgoingClearMessage;

/** Builds an outgoing `media` message. */
export function createMediaMessage(streamSid: string, payload: string): TwilioOutgoingMediaMessage {
  return { event: 'media', streamSid, media: { payload } };
}

/** Builds an outgoing `mark` message. */
export function createMarkMessage(streamSid: string, name: string): TwilioOutgoingMarkMessage {
  return { event: 'mark', streamSid, mark: { name } };
}

/** Builds an outgoing `clear` message. */
export function createClearMessage(streamSid: string): TwilioOutgoingClearMessage {
  return { event: 'clear', streamSid };
}
