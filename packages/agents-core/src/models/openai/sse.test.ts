import { describe, expect, it } from 'vitest';
import { readServerSentEvents } from './sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readServerSentEvents', () => {
  it('parses events split across chunks, CRLF, comments and multi-line data', async () => {
    const events = [];
    for await (const event of readServerSentEvents(
      streamOf(['event: a\nda', 'ta: {"x":1}\n\n: comment\r\n', 'data: line1\r\ndata: line2\r\n\r\n', 'data: tail']),
    )) {
      events.push(event);
    }
    expect(events).toEqual([
      { event: 'a', data: '{"x":1}' },
      { event: undefined, data: 'line1\nline2' },
      { event: undefined, data: 'tail' },
    ]);
  });
});
