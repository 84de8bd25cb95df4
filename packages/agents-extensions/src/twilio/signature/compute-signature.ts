import { createHmac } from 'node:crypto';

/** Form parameters of a webhook request; a repeated name carries an array of values. */
export type TwilioRequestParams = Record<string, string | readonly string[] | undefined>;

/**
 * The string Twilio signs: the full URL, then every form parameter as `name` + `value`, sorted
 * by name in code-unit order. A repeated name contributes each distinct value, sorted.
 */
export function twilioSignaturePayload(url: string, params: TwilioRequestParams = {}): string {
  let payload = url;
  for (const name of Object.keys(params).sort(compareCodeUnits)) {
    const value = params[name];
    if (value === undefined) continue;
    const values = typeof value === 'string' ? [value] : [...new Set(value)].sort(compareCodeUnits);
    for (const entry of values) payload += name + entry;
  }
  return payload;
}

/**
 * Computes `X-Twilio-Signature` for a request: base64 of HMAC-SHA1 of the signed string keyed
 * with the account's auth token.
 */
export function getTwilioSignature(authToken: string, url: string, params: TwilioRequestParams = {}): string {
  return createHmac('sha1', authToken).update(twilioSignaturePayload(url, params), 'utf8').digest('base64');
}

// Array.prototype.sort's default compares UTF-16 code units, which is the order Twilio uses;
// localeCompare would not be.
function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
