/** One entry of the conversation as a brain sees it: text only, audio already transcribed by the modem. */
export type BrainItem =
  | { type: 'message'; role: 'user' | 'assistant' | 'system'; text: string; id?: string }
  | { type: 'function_call'; name: string; arguments: string; callId: string; id?: string }
  | { type: 'function_call_output'; callId: string; output: string; id?: string };

/** What a brain knows about the session (or the Responses API request) it answers in. */
export interface BrainSession {
  instructions: string;
  /** Names of the function tools offered. */
  tools: string[];
  toolChoice: unknown;
  modalities: Array<'audio' | 'text'>;
  /** `realtime` for the WebSocket/WebRTC/SIP session, `responses` for `POST /v1/responses`. */
  api: 'realtime' | 'responses';
}

/** A tool call a brain asks for. `arguments` is a JSON string. */
export interface BrainToolCall {
  name: string;
  arguments: string;
}

/** The next model turn: text (spoken in the modem voice when audio is on), tool calls, or both. */
export interface BrainReply {
  text?: string;
  toolCalls?: BrainToolCall[];
}

/**
 * The deterministic model: a function from the conversation and session to the next reply.
 * A plain string is shorthand for `{ text }`.
 */
export type Brain = (
  conversation: BrainItem[],
  session: BrainSession,
) => BrainReply | string | Promise<BrainReply | string>;
