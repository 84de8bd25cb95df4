import type { RealtimeItem } from '../protocol/items';

/** Connection status of a transport. */
export type RealtimeTransportLayerStatus = 'disconnected' | 'connecting' | 'connected' | 'disconnecting';

/** A chunk of model audio, in the session's output format. */
export type TransportLayerAudio = {
  type: 'audio';
  /** Raw audio bytes (PCM16 24 kHz unless the output format says otherwise). */
  data: ArrayBuffer;
  responseId: string;
  itemId?: string;
};

/** A piece of the transcript of the model's audio (or of its text output). */
export type TransportLayerTranscriptDelta = {
  type: 'transcript_delta';
  itemId: string;
  delta: string;
  responseId: string;
};

/** The model asked for a function call. */
export type TransportToolCallEvent = {
  type: 'function_call';
  name: string;
  callId: string;
  arguments: string;
  /** The item id of the function call. */
  id?: string;
  previousItemId?: string | null;
};

/** Token usage of one response. */
export type TransportLayerUsage = {
  requests?: number;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  inputTokensDetails?: Record<string, number>;
  outputTokensDetails?: Record<string, number>;
};

export type TransportLayerResponseStarted = {
  type: 'response_started';
  responseId: string;
  providerData?: Record<string, any>;
};

export type TransportLayerResponseCompleted = {
  type: 'response_done';
  response: {
    id: string;
    status: 'completed' | 'cancelled' | 'incomplete' | 'failed' | (string & {});
    output: RealtimeItem[];
    usage: TransportLayerUsage;
    statusDetails?: Record<string, any> | null;
  };
};

/** An error from a transport: the wire error, a socket failure or an unparseable frame. */
export type TransportError = {
  type: 'error';
  error: unknown;
  /** The raw frame, when the error comes from a frame that could not be understood. */
  raw?: unknown;
};

/** A server event the transport saw, parsed but otherwise untouched. */
export type TransportEvent = { type: string; [key: string]: any };

/**
 * Events every transport emits. Custom transports emit these (payloads as labelled tuples) and
 * the session reacts to them; `*` carries every parsed event for users who want the raw stream.
 */
export type RealtimeTransportEventTypes = {
  '*': [event: TransportEvent];
  connection_change: [status: RealtimeTransportLayerStatus];
  error: [error: TransportError];
  audio: [event: TransportLayerAudio];
  /** The model finished sending audio for the current item. */
  audio_done: [];
  /** Playback of model audio was cut off (barge-in or `interrupt()`); stop local playback. */
  audio_interrupted: [];
  audio_transcript_delta: [delta: TransportLayerTranscriptDelta];
  function_call: [event: TransportToolCallEvent];
  item_update: [item: RealtimeItem];
  item_deleted: [item: { itemId: string }];
  /** An item was truncated to what the user heard. */
  item_truncated: [event: { itemId: string; audioEndMs: number }];
  turn_started: [event: TransportLayerResponseStarted];
  turn_done: [event: TransportLayerResponseCompleted];
  usage_update: [usage: TransportLayerUsage];
  /** Voice activity: the user started talking (server VAD). */
  speech_started: [event: { itemId?: string; audioStartMs?: number }];
  /** Voice activity: the user stopped talking (server VAD). */
  speech_stopped: [event: { itemId?: string; audioEndMs?: number }];
  /** The first sample of the current item reached the speaker (when the transport knows playout). */
  audio_playback_started: [event: { itemId: string }];
  /** The transcript of a user audio item is complete. */
  input_audio_transcription_completed: [event: { itemId: string; contentIndex: number; transcript: string }];
  /** The server confirmed a configuration change. */
  session_updated: [session: Record<string, any>];
};
