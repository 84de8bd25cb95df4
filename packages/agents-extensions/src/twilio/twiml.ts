/** Options for the TwiML that connects a call to a bidirectional media stream. */
export interface StreamTwimlOptions {
  /** The `wss://` URL of the media-stream WebSocket. */
  url: string;
  /** Optional words Twilio says before connecting the stream. */
  say?: string;
  /** Custom parameters, delivered in the stream's `start` message. */
  parameters?: Record<string, string>;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);

/** Builds `<Response><Connect><Stream>` TwiML, escaping every value. */
export function streamTwiml(options: StreamTwimlOptions): string {
  const say = options.say ? `<Say>${escapeXml(options.say)}</Say>` : '';
  const parameters = Object.entries(options.parameters ?? {})
    .map(([name, value]) => `<Parameter name="${escapeXml(name)}" value="${escapeXml(value)}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<Response>${say}<Connect><Stream url="${escapeXml(options.url)}">${parameters}</Stream></Connect></Response>`
  );
}
