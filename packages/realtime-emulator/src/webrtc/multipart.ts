/** One part of a `multipart/form-data` body. */
export interface FormPart {
  name: string;
  contentType: string | undefined;
  body: Buffer;
}

/**
 * Splits a `multipart/form-data` body into its parts. Enough for the calls endpoint's two text
 * parts (`sdp`, `session`); file uploads and nested multiparts are out of scope.
 */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw new RangeError('multipart/form-data without a boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headerStart = start + delimiter.length;
    // `--boundary--` closes the body.
    if (body.subarray(headerStart, headerStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, headerStart);
    if (next === -1) break;
    const chunk = body.subarray(headerStart, next);
    const split = chunk.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = chunk.subarray(0, split).toString('utf8');
      // Drop the CRLF that precedes the next delimiter.
      const content = chunk.subarray(split + 4, chunk.length - 2);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const type = /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim();
      if (name !== undefined) parts.push({ name, contentType: type, body: content });
    }
    start = next;
  }
  return parts;
}
