import { createHash, timingSafeEqual } from 'node:crypto';
import { getTwilioSignature, type TwilioRequestParams } from './compute-signature';
import { portVariants } from './url-variants';

/** Constant-time comparison of two signatures; different lengths are simply unequal. */
export function signaturesMatch(expected: string, received: string): boolean {
  const left = Buffer.from(expected, 'utf8');
  const right = Buffer.from(received, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks `X-Twilio-Signature` of a webhook: form `POST` (pass every body parameter as received)
 * or `GET` (parameters are in the URL; pass none). `url` is the public URL Twilio requested.
 * The signature is accepted with or without the default port in the URL.
 *
 * @example
 * validateTwilioRequest(process.env.TWILIO_AUTH_TOKEN!, request.headers['x-twilio-signature'],
 *   'https://voice.example.com/incoming-call', request.body);
 */
export function validateTwilioRequest(
  authToken: string,
  signature: string | readonly string[] | undefined,
  url: string,
  params: TwilioRequestParams = {},
): boolean {
  if (typeof signature !== 'string' || signature.length === 0 || authToken.length === 0) return false;
  return portVariants(url).some((variant) =>
    signaturesMatch(getTwilioSignature(authToken, variant, params), signature),
  );
}

/**
 * Checks a webhook with a JSON body: the signature covers the URL (which carries `bodySHA256`)
 * and `bodySHA256` must equal the SHA-256 of the raw body bytes.
 */
export function validateTwilioRequestWithBody(
  authToken: string,
  signature: string | readonly string[] | undefined,
  url: string,
  body: string | Uint8Array,
): boolean {
  let expectedHash: string | null;
  try {
    expectedHash = new URL(url).searchParams.get('bodySHA256');
  } catch {
    return false;
  }
  if (!expectedHash) return false;
  const actualHash = createHash('sha256').update(body).digest('hex');
  return signaturesMatch(expectedHash.toLowerCase(), actualHash) && validateTwilioRequest(authToken, signature, url);
}
