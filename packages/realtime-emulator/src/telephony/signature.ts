import { createHmac } from 'node:crypto';

/** `X-Twilio-Signature` of the media-stream upgrade: HMAC-SHA1 over the `<Stream url>`, base64. */
export function streamSignature(authToken: string, streamUrl: string): string {
  return createHmac('sha1', authToken).update(streamUrl, 'utf8').digest('base64');
}
