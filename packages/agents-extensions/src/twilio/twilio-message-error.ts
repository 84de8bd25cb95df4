import { AgentsError } from '@parley/agents-core';

/**
 * A frame from Twilio that is not a valid media-stream message: not JSON, an unknown `event`,
 * or a missing or mistyped field. The bridge reports it and carries on with the call.
 */
export class TwilioMessageError extends AgentsError {
  override readonly code: string = 'twilio_message_invalid';
  /** The frame as received (text), for logs and debugging. */
  readonly raw: string;
  /** Path of the offending field, e.g. `media.payload`, or `''` for the frame itself. */
  readonly path: string;

  constructor(message: string, details: { raw: string; path?: string; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.raw = details.raw;
    this.path = details.path ?? '';
  }
}
