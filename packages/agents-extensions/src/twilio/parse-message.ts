import type { TwilioMessage } from './messages';
import { TwilioMessageError } from './twilio-message-error';

/** Result of {@link parseTwilioMessage}: never throws, a bad frame becomes an error value. */
export type ParseTwilioMessageResult =
  | { success: true; message: TwilioMessage }
  | { success: false; error: TwilioMessageError };

type Json = Record<string, unknown>;
type FieldKind = 'string' | 'number' | 'object' | 'string[]';
type Shape = Record<string, FieldKind>;

// Field layout of each message, as on the wire. Numbers in `chunk`, `timestamp` and
// `sequenceNumber` are strings; only `mediaFormat` carries JSON numbers.
const TOP_LEVEL: Record<TwilioMessage['event'], Shape> = {
  connected: { protocol: 'string', version: 'string' },
  start: { sequenceNumber: 'string', streamSid: 'string', start: 'object' },
  media: { sequenceNumber: 'string', streamSid: 'string', media: 'object' },
  dtmf: { sequenceNumber: 'string', streamSid: 'string', dtmf: 'object' },
  mark: { sequenceNumber: 'string', streamSid: 'string', mark: 'object' },
  stop: { sequenceNumber: 'string', streamSid: 'string', stop: 'object' },
};

const NESTED: Partial<Record<TwilioMessage['event'], Shape>> = {
  start: { streamSid: 'string', accountSid: 'string', callSid: 'string', tracks: 'string[]', mediaFormat: 'object' },
  media: { track: 'string', chunk: 'string', timestamp: 'string', payload: 'string' },
  dtmf: { track: 'string', digit: 'string' },
  mark: { name: 'string' },
  stop: { accountSid: 'string', callSid: 'string' },
};

const MEDIA_FORMAT: Shape = { encoding: 'string', sampleRate: 'number', channels: 'number' };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matches(value: unknown, kind: FieldKind): boolean {
  if (kind === 'object') return isObject(value);
  if (kind === 'string[]') return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
  return typeof value === kind;
}

/** Returns the path of the first field that does not match `shape`, or undefined. */
function firstMismatch(object: Json, shape: Shape, prefix: string): string | undefined {
  for (const [field, kind] of Object.entries(shape)) {
    if (!matches(object[field], kind)) return prefix + field;
  }
  return undefined;
}

function textOf(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  if (ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  if (Array.isArray(data) && data.every((part) => ArrayBuffer.isView(part))) {
    return data.map((part: ArrayBufferView) => new TextDecoder().decode(part)).join('');
  }
  return undefined;
}

/**
 * Parses and checks one frame from Twilio's media socket. Accepts text or the raw data a `ws`
 * socket delivers. Custom parameters that are not strings are dropped rather than rejected.
 */
export function parseTwilioMessage(data: unknown): ParseTwilioMessageResult {
  const raw = textOf(data);
  const fail = (message: string, path?: string, cause?: unknown): ParseTwilioMessageResult => ({
    success: false,
    error: new TwilioMessageError(message, { raw: raw ?? String(data), path, cause }),
  });
  if (raw === undefined) return fail('Twilio frame is neither text nor bytes');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (cause) {
    return fail('Twilio frame is not valid JSON', '', cause);
  }
  if (!isObject(parsed)) return fail('Twilio frame is not a JSON object');
  const event = parsed.event;
  if (typeof event !== 'string' || !Object.hasOwn(TOP_LEVEL, event)) {
    return fail(`Unknown Twilio event: ${JSON.stringify(event)}`, 'event');
  }
  const kind = event as TwilioMessage['event'];
  const topMismatch = firstMismatch(parsed, TOP_LEVEL[kind], '');
  if (topMismatch) return fail(`Twilio ${kind} message has a missing or invalid ${topMismatch}`, topMismatch);
  const nestedShape = NESTED[kind];
  if (nestedShape) {
    const nested = parsed[kind] as Json;
    const mismatch = firstMismatch(nested, nestedShape, `${kind}.`);
    if (mismatch) return fail(`Twilio ${kind} message has a missing or invalid ${mismatch}`, mismatch);
  }
  if (kind === 'start') {
    const start = parsed.start as Json;
    const formatMismatch = firstMismatch(start.mediaFormat as Json, MEDIA_FORMAT, 'start.mediaFormat.');
    if (formatMismatch) return fail(`Twilio start message has a missing or invalid ${formatMismatch}`, formatMismatch);
    // Twilio may omit customParameters when the TwiML had no <Parameter>.
    const custom = isObject(start.customParameters) ? start.customParameters : {};
    start.customParameters = Object.fromEntries(
      Object.entries(custom).filter(([, value]) => typeof value === 'string'),
    );
  }
  return { success: true, message: parsed as unknown as TwilioMessage };
}
