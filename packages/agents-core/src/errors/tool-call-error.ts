import { AgentsError, type AgentsErrorOptions } from './agents-error';

/** Thrown when a tool fails (throws, times out) and its `errorFunction` is `null`. */
export class ToolCallError extends AgentsError {
  override readonly code: string = 'tool_call_error';
  /** The name of the tool that failed. */
  readonly toolName: string;

  constructor(message: string, options: AgentsErrorOptions & { toolName: string }) {
    super(message, options);
    this.toolName = options.toolName;
  }
}
