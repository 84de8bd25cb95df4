import { AgentsError } from '@parley/agents-core';

/** Options of {@link RealtimeConnectionError}. */
export interface RealtimeConnectionErrorOptions {
  cause?: unknown;
  /** WebSocket close code, when the socket closed. */
  closeCode?: number;
  /** WebSocket close reason, when the socket closed. */
  closeReason?: string;
}

/**
 * The connection to the model failed, dropped, or was not open when something had to be sent.
 * `code` is `connection_failed`, `connection_closed` or `not_connected`.
 */
export class RealtimeConnectionError extends AgentsError {
  override readonly code: 'connection_failed' | 'connection_closed' | 'not_connected';
  readonly closeCode: number | undefined;
  readonly closeReason: string | undefined;

  constructor(
    code: 'connection_failed' | 'connection_closed' | 'not_connected',
    message: string,
    options: RealtimeConnectionErrorOptions = {},
  ) {
    super(message, options);
    this.code = code;
    this.closeCode = options.closeCode;
    this.closeReason = options.closeReason;
  }
}
