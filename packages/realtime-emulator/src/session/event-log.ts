/** One event on a connection, as sent or received. */
export interface LogEntry {
  direction: 'client' | 'server';
  /** The parsed event; a frame that was not JSON is kept as `{ raw }`. */
  event: Record<string, unknown>;
  /** `Date.now()` when it passed. */
  at: number;
}

/** Who said or heard what, for assertions and the CLI's readable conversation. */
export interface TranscriptEntry {
  itemId: string;
  role: 'user' | 'assistant' | 'system' | 'tool';
  kind: 'message' | 'function_call' | 'function_call_output';
  /** What was said: typed text, the modem decoding of user audio, the model's full answer, a call `name(args)`. */
  text: string;
  /** How the user's words arrived. */
  via?: 'text' | 'audio';
  /** Set once the client truncated this assistant item. */
  truncated?: boolean;
  /** The text the truncated audio still carries (modem decoding of the bytes kept). */
  heard?: string;
  audioEndMs?: number;
}
