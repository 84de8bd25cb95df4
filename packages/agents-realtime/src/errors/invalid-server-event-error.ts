import { AgentsError } from '@parley/agents-core';

/** Options every SDK error accepts. */
type AgentsErrorOptions = { cause?: unknown };

/**
 * A frame from the server could not be understood: not JSON, not an object with a `type`, an
 * unknown event type, or a known event missing required fields. `raw` holds the frame as received.
 */
export class InvalidServerEventError extends AgentsError {
  override readonly code = 'invalid_server_event';
  /** The frame as received (a string, or the parsed object when it failed the shape check). */
  readonly raw: unknown;
  /** What was wrong with it. */
  readonly reason: 'invalid_json' | 'not_an_event' | 'unknown_type' | 'invalid_shape';

  constructor(
    reason: InvalidServerEventError['reason'],
    message: string,
    raw: unknown,
    options: AgentsErrorOptions = {},
  ) {
    super(message, options);
    this.reason = reason;
    this.raw = raw;
  }
}
