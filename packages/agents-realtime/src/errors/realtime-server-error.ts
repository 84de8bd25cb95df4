import { AgentsError } from '@parley/agents-core';

/** The wire error object of a server `error` event (realtime-protocol.md §9.1). */
export interface RealtimeServerErrorDetails {
  type?: string;
  code?: string | null;
  message?: string;
  param?: string | null;
  event_id?: string | null;
}

/** The server reported an error with an `error` event. The session stays open. */
export class RealtimeServerError extends AgentsError {
  override readonly code = 'server_error';
  /** The server's error object, unchanged. */
  readonly error: RealtimeServerErrorDetails;
  /** The server's error code (e.g. `conversation_already_has_active_response`). */
  readonly serverCode: string | undefined;
  /** The client event id the server blamed, when it said. */
  readonly clientEventId: string | undefined;

  constructor(error: RealtimeServerErrorDetails) {
    super(error.message ?? 'The realtime server reported an error');
    this.error = error;
    this.serverCode = error.code ?? undefined;
    this.clientEventId = error.event_id ?? undefined;
  }
}
