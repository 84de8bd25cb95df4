// Starting the emulator
export { startEmulator, Emulator } from './server/emulator';
export type { AttachSessionOptions } from './server/emulator';
export type { EmulatorOptions, EmulatorExtension } from './server/emulator-options';
export { EmulatorConnection } from './server/connection';

// The deterministic model
export { defaultBrain, agentName } from './brain/default-brain';
export type { Brain, BrainItem, BrainReply, BrainSession, BrainToolCall } from './brain/types';

// The session engine, for transports other than the WebSocket (WebRTC data channel and tracks)
export { RealtimeSession } from './session/realtime-session';
export type { RealtimeSessionOptions, SessionTransport, SpeechVoice } from './session/realtime-session';
export { defaultSessionConfig } from './session/session-config';
export type { SessionConfig, TurnDetectionConfig } from './session/session-config';
export { applyGaUpdate, applyBetaUpdate } from './session/session-update';
export type { Pacing } from './session/pacing';
export type { LogEntry, TranscriptEntry } from './session/event-log';

// Faults
export type { FaultOptions } from './faults/faults';

// SIP
export { SipCalls } from './sip/sip-calls';
export type { SipCall, SipCallStatus, IncomingCallOptions } from './sip/sip-calls';
export { signWebhook, verifyWebhook, createWebhookSecret } from './sip/webhook-signature';

// Protocol helpers
export { createId } from './protocol/ids';
export { ProtocolError } from './protocol/errors';
export type { ProtocolErrorBody } from './protocol/errors';
export type { Dialect } from './protocol/dialect';
export type { AudioFormatName } from './protocol/audio-format';

// Audio helpers
export { encodeMulaw, decodeMulaw, encodeAlaw, decodeAlaw } from './audio/g711';
export { resample } from './audio/resample';

// The modem voice (also at `@parley/realtime-emulator/modem`)
export { encodeModem, decodeModem, ModemDecoder, modemDurationMs, SYMBOL_MS } from './modem/index';
