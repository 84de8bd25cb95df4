import { slashVariants } from './url-variants';
import { validateTwilioRequest } from './validate-request';

/** What {@link validateTwilioWebSocketRequest} needs from the upgrade request. */
export interface TwilioWebSocketRequestCheck {
  /** The account's primary auth token. */
  authToken: string;
  /**
   * The stream URL exactly as written in `<Stream url>`, e.g. `wss://voice.example.com/media-stream`.
   * Build it from configuration: behind a proxy the server sees `http:` and a rewritten host.
   */
  streamUrl: string;
  /** Headers of the upgrade request (Node's `IncomingHttpHeaders` works as is). */
  headers: Record<string, string | string[] | undefined>;
  /** The raw request target (`/media-stream`); a query string is refused. */
  requestTarget?: string;
}

/**
 * Checks the media-stream WebSocket upgrade: Twilio signs the `<Stream url>` with no parameters.
 * Accepts the configured URL and its trailing-slash variant; refuses a request that carries a
 * query string (Twilio strips them, so one means the caller is not Twilio). Check this before
 * opening any model connection.
 */
export function validateTwilioWebSocketRequest(check: TwilioWebSocketRequestCheck): boolean {
  if (check.requestTarget?.includes('?')) return false;
  const header = check.headers['x-twilio-signature'];
  const signature = Array.isArray(header) ? header[0] : header;
  return slashVariants(check.streamUrl).some((url) => validateTwilioRequest(check.authToken, signature, url));
}
