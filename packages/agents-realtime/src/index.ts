// Browser-safe entry: no Node built-ins may be imported from here.

// Audio utilities
export { utils } from './audio/utils';
export { arrayBufferToBase64, base64ToArrayBuffer } from './audio/base64';
export { toInt16Array, int16ToArrayBuffer, pcm16ToFloat32, float32ToPcm16 } from './audio/pcm';
export { encodeMuLaw, decodeMuLaw } from './audio/mulaw';
export { encodeALaw, decodeALaw } from './audio/alaw';
export { Resampler, resamplePcm16, type SampleRate } from './audio/resampler';
export { chunkByDuration } from './audio/chunk';
export { rmsLevel, peakLevel, levelToDb } from './audio/level';
export {
  describeAudioFormat,
  audioDurationMs,
  bytesForDuration,
  type AudioFormatInfo,
  type RealtimeAudioFormat,
  type RealtimeAudioFormatName,
  type RealtimeAudioFormatObject,
} from './audio/format';
export { readWav, writeWav, type WavAudio } from './audio/wav';

// Events
export { TypedEventEmitter, type EventMap } from './events/emitter';

// Conversation items
export type {
  RealtimeItem,
  RealtimeItemStatus,
  RealtimeMessageItem,
  RealtimeToolCallItem,
  RealtimeMcpCallItem,
  RealtimeMcpCallApprovalRequestItem,
  RealtimeUserInput,
  RealtimeInputText,
  RealtimeInputAudio,
  RealtimeInputImage,
  RealtimeOutputText,
  RealtimeOutputAudio,
} from './protocol/items';

// Session configuration (camelCase, mapped to either wire dialect)
export type {
  RealtimeSessionConfig,
  RealtimeTurnDetectionConfig,
  RealtimeInputAudioTranscriptionConfig,
  RealtimeNoiseReductionConfig,
  RealtimeTracingConfig,
  RealtimeToolDefinition,
  RealtimeMcpToolDefinition,
  RealtimeModality,
  RealtimeToolChoice,
  RealtimeProtocolDialect,
} from './protocol/session-config';
export {
  DEFAULT_SESSION_CONFIG,
  toWireSessionConfig,
  withSessionDefaults,
  normalizeAudioConfig,
  toGaAudioFormat,
  toBetaAudioFormat,
} from './protocol/session-config-mapping';

// Transport layer contract
export type {
  RealtimeTransportLayer,
  RealtimeTransportLayerConnectOptions,
  RealtimeClientMessage,
} from './transport/transport-layer';
export type {
  RealtimeTransportEventTypes,
  RealtimeTransportLayerStatus,
  TransportLayerAudio,
  TransportLayerTranscriptDelta,
  TransportToolCallEvent,
  TransportLayerUsage,
  TransportLayerResponseStarted,
  TransportLayerResponseCompleted,
  TransportError,
  TransportEvent,
} from './transport/transport-events';
export { PlaybackTracker, type Clock } from './transport/playback/playback-tracker';

// Errors
export { RealtimeConnectionError, type RealtimeConnectionErrorOptions } from './errors/realtime-connection-error';
export { InvalidServerEventError } from './errors/invalid-server-event-error';
export { RealtimeServerError, type RealtimeServerErrorDetails } from './errors/realtime-server-error';
export { RealtimeToolCallCancelledError } from './errors/realtime-tool-call-cancelled-error';

// Wire protocol helpers
export { parseServerEvent, type RealtimeServerEvent } from './protocol/server-events';
export { fromWireItem, toWireMessageItem } from './protocol/item-mapping';
export { safeJsonParse } from './protocol/safe-json';

// Transports
export {
  OpenAIRealtimeBase,
  DEFAULT_REALTIME_MODEL,
  type OpenAIRealtimeBaseOptions,
} from './transport/openai-realtime-base';
export { ResponseCreateQueue } from './transport/response-queue';
export { resetHistoryEvents } from './transport/history-sync';
export {
  OpenAIRealtimeWebSocket,
  type OpenAIRealtimeWebSocketOptions,
} from './transport/websocket/openai-realtime-websocket';
export {
  OpenAIRealtimeWebRTC,
  WebRTCSdpExchangeError,
  WebRTCIceError,
  type OpenAIRealtimeWebRTCOptions,
  type WebRTCState,
} from './transport/webrtc';
export { OpenAIRealtimeSIP } from './transport/sip/openai-realtime-sip';
export {
  setDefaultWebSocket,
  type WebSocketLike,
  type WebSocketFactory,
  type WebSocketConstructorLike,
} from './transport/websocket/websocket-like';

// Agents
export { RealtimeAgent, type RealtimeAgentConfiguration } from './agent/realtime-agent';
export type { RealtimeContextData } from './agent/realtime-context';
export type {
  RealtimeOutputGuardrail,
  RealtimeOutputGuardrailArgs,
  RealtimeOutputGuardrailSettings,
  RealtimeGuardrailResult,
} from './agent/realtime-guardrail';

// Session
export { RealtimeSession } from './session/realtime-session';
export { REJECTION_MESSAGE } from './session/tool-calls';
export type { RealtimeSessionOptions, RealtimeSessionConnectOptions } from './session/session-options';
export type {
  RealtimeSessionEventTypes,
  RealtimeToolApprovalRequest,
  RealtimeSessionError,
} from './session/session-events';
export { reduceHistory, type HistoryAction } from './session/history';
export { cutTranscript } from './session/transcript-cut';
export {
  TurnMetricsRecorder,
  percentile,
  type RealtimeTurnMetrics,
  type RealtimeSessionMetrics,
  type RealtimePercentiles,
} from './session/metrics';
export { DEFAULT_DEBOUNCE_TEXT_LENGTH } from './session/output-guardrails';
export { registerTransport } from './session/transport-choice';

// From @parley/agents-core, so voice apps need one import
export {
  tool,
  handoff,
  getHandoff,
  Handoff,
  RunContext,
  RunToolApprovalItem,
  Usage,
  AgentsError,
  UserError,
  ModelBehaviorError,
  OutputGuardrailTripwireTriggered,
  getLogger,
} from '@parley/agents-core';
export type { FunctionTool, Tool, ToolOptions, GuardrailFunctionOutput, UnknownContext } from '@parley/agents-core';
