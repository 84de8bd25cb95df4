/** The `error` object of a Realtime `error` event (and of HTTP error bodies). */
export interface ProtocolErrorBody {
  type: string;
  code: string | null;
  message: string;
  param: string | null;
  event_id: string | null;
}

/**
 * A failure answering one client event. The session turns it into an `error` event and carries on;
 * the connection stays usable.
 */
export class ProtocolError extends Error {
  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  /** False when the hosted service reports this error with `event_id: null` (truncate past the end). */
  readonly echoEventId: boolean;

  constructor(
    message: string,
    options: { type?: string; code?: string | null; param?: string | null; echoEventId?: boolean } = {},
  ) {
    super(message);
    this.name = 'ProtocolError';
    this.type = options.type ?? 'invalid_request_error';
    this.code = options.code ?? null;
    this.param = options.param ?? null;
    this.echoEventId = options.echoEventId ?? true;
  }

  /** The wire shape, with the client's event id when it should be echoed. */
  toBody(clientEventId: string | undefined): ProtocolErrorBody {
    return {
      type: this.type,
      code: this.code,
      message: this.message,
      param: this.param,
      event_id: this.echoEventId ? (clientEventId ?? null) : null,
    };
  }
}

/** A required field is absent. */
export function missingParameter(param: string): ProtocolError {
  return new ProtocolError(`Missing required parameter: '${param}'.`, { code: 'missing_required_parameter', param });
}

/** A field has a value outside its enum or type. */
export function invalidValue(param: string, value: unknown, supported?: readonly string[]): ProtocolError {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  const tail = supported ? ` Supported values are: ${supported.map((entry) => `'${entry}'`).join(', ')}.` : '';
  return new ProtocolError(`Invalid value: '${shown}'.${tail}`, { code: 'invalid_value', param });
}

/** A field the protocol does not define. */
export function unknownParameter(param: string): ProtocolError {
  return new ProtocolError(`Unknown parameter: '${param}'.`, { code: 'unknown_parameter', param });
}

/** An item id that is not in the conversation. */
export function itemNotFound(param: string, id: string): ProtocolError {
  return new ProtocolError(`Item with item_id not found: ${id}`, { code: 'item_not_found', param });
}
