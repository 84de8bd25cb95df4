import { parseMultipart } from './multipart';

/** The offer (and optional session configuration) of a `POST /v1/realtime/calls` request. */
export interface CallRequest {
  offerSdp: string;
  /** The `session` part of a multipart request, parsed; absent for raw SDP. */
  session: unknown;
}

/** A request the calls endpoint refuses, with the HTTP status and OpenAI-style error to send. */
export class CallRequestError extends Error {
  override readonly name = 'CallRequestError';
  readonly status: number;
  readonly code: string;
  readonly param: string | null;

  constructor(status: number, message: string, code: string, param: string | null = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.param = param;
  }

  /** The JSON error body the hosted API would send. */
  toBody(): { error: { type: string; code: string; message: string; param: string | null } } {
    return { error: { type: 'invalid_request_error', code: this.code, message: this.message, param: this.param } };
  }
}

/** Reads the offer from a raw `application/sdp` body or a `multipart/form-data` body with `sdp` and `session`. */
export function readCallRequest(contentType: string | undefined, body: Buffer): CallRequest {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let parts;
    try {
      parts = parseMultipart(body, contentType ?? '');
    } catch (error) {
      throw new CallRequestError(400, (error as Error).message, 'invalid_request');
    }
    const sdp = parts.find((part) => part.name === 'sdp');
    if (!sdp)
      throw new CallRequestError(400, "Missing required parameter: 'sdp'.", 'missing_required_parameter', 'sdp');
    const sessionPart = parts.find((part) => part.name === 'session');
    let session: unknown;
    if (sessionPart) {
      try {
        session = JSON.parse(sessionPart.body.toString('utf8'));
      } catch {
        throw new CallRequestError(400, "The 'session' part is not valid JSON.", 'invalid_json', 'session');
      }
    }
    return { offerSdp: checkSdp(sdp.body.toString('utf8')), session };
  }
  if (type.startsWith('application/sdp') || type === '' || type.startsWith('text/plain')) {
    return { offerSdp: checkSdp(body.toString('utf8')), session: undefined };
  }
  throw new CallRequestError(
    415,
    `Unsupported content type '${contentType}': send application/sdp or multipart/form-data.`,
    'unsupported_content_type',
  );
}

function checkSdp(sdp: string): string {
  if (!sdp.startsWith('v=0')) throw new CallRequestError(400, 'The body is not an SDP offer.', 'invalid_offer', 'sdp');
  return sdp;
}
