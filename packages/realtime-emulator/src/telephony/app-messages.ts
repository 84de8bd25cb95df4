/** A message the app sent that Twilio accepts: audio, a mark or a clear. */
export type AppMessage = { event: 'media'; payload: Uint8Array } | { event: 'mark'; name: string } | { event: 'clear' };

/** Twilio's verdict on one frame from the app. */
export type AppMessageCheck = { ok: true; message: AppMessage } | { ok: false; code: 31950 | 31951; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Checks a frame the way Twilio does: binary frames are refused (31950); text must be JSON with
 * a known `event`, the stream's `streamSid` and exactly the documented fields (31951).
 */
export function checkAppMessage(data: string | Uint8Array, isBinary: boolean, streamSid: string): AppMessageCheck {
  if (isBinary) return { ok: false, code: 31950, reason: 'binary frame' };
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  const invalid = (reason: string): AppMessageCheck => ({ ok: false, code: 31951, reason });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalid('not JSON');
  }
  if (!isObject(parsed)) return invalid('not a JSON object');
  if (parsed.streamSid !== streamSid) return invalid('missing or wrong streamSid');
  const keys = Object.keys(parsed).sort().join(',');
  switch (parsed.event) {
    case 'media': {
      const media = parsed.media;
      if (keys !== 'event,media,streamSid' || !isObject(media) || Object.keys(media).join(',') !== 'payload') {
        return invalid('media: missing or extra field');
      }
      if (typeof media.payload !== 'string' || !BASE64.test(media.payload)) return invalid('media: payload not base64');
      return { ok: true, message: { event: 'media', payload: new Uint8Array(Buffer.from(media.payload, 'base64')) } };
    }
    case 'mark': {
      const mark = parsed.mark;
      if (keys !== 'event,mark,streamSid' || !isObject(mark) || typeof mark.name !== 'string') {
        return invalid('mark: missing or extra field');
      }
      return { ok: true, message: { event: 'mark', name: mark.name } };
    }
    case 'clear':
      if (keys !== 'event,streamSid') return invalid('clear: extra field');
      return { ok: true, message: { event: 'clear' } };
    default:
      return invalid(`unknown event ${JSON.stringify(parsed.event)}`);
  }
}
