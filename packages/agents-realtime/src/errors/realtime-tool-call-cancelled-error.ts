import { AgentsError } from '@parley/agents-core';

/** Options every SDK error accepts. */
type AgentsErrorOptions = { cause?: unknown };

/**
 * A tool call could not finish: the connection dropped or the session closed while the tool ran
 * or waited for approval. Its output was not sent to the model.
 */
export class RealtimeToolCallCancelledError extends AgentsError {
  override readonly code = 'tool_call_cancelled';
  readonly toolName: string;
  readonly callId: string;

  constructor(toolName: string, callId: string, message: string, options: AgentsErrorOptions = {}) {
    super(message, options);
    this.toolName = toolName;
    this.callId = callId;
  }
}
