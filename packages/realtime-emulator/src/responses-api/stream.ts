import type { ServerResponse } from 'node:http';

/** Sends a finished response as the Server-Sent Events stream of section 11.3. */
export async function streamResponse(
  response: ServerResponse,
  result: Record<string, unknown> & { output: Array<Record<string, unknown>> },
): Promise<void> {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  let sequence = 0;
  const send = async (type: string, payload: Record<string, unknown>) => {
    response.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...payload })}\n\n`);
    await new Promise((resolve) => setImmediate(resolve));
  };
  const pending = { ...result, status: 'in_progress', output: [], usage: null };
  await send('response.created', { response: pending });
  await send('response.in_progress', { response: pending });
  for (const [outputIndex, item] of result.output.entries()) {
    const id = item.id as string;
    if (item.type === 'message') {
      const text = ((item.content as Array<{ text: string }>)[0]?.text ?? '') as string;
      await send('response.output_item.added', {
        output_index: outputIndex,
        item: { ...item, status: 'in_progress', content: [] },
      });
      const ids = { item_id: id, output_index: outputIndex, content_index: 0 };
      await send('response.content_part.added', { ...ids, part: { type: 'output_text', text: '', annotations: [] } });
      for (const delta of text.match(/\s*\S+|\s+$/g) ?? [])
        await send('response.output_text.delta', { ...ids, delta, logprobs: [] });
      await send('response.output_text.done', { ...ids, text, logprobs: [] });
      await send('response.content_part.done', { ...ids, part: { type: 'output_text', text, annotations: [] } });
    } else {
      const args = String(item.arguments ?? '');
      await send('response.output_item.added', {
        output_index: outputIndex,
        item: { ...item, status: 'in_progress', arguments: '' },
      });
      for (let offset = 0; offset < args.length; offset += 16) {
        await send('response.function_call_arguments.delta', {
          item_id: id,
          output_index: outputIndex,
          delta: args.slice(offset, offset + 16),
        });
      }
      await send('response.function_call_arguments.done', { item_id: id, output_index: outputIndex, arguments: args });
    }
    await send('response.output_item.done', { output_index: outputIndex, item });
  }
  await send('response.completed', { response: result });
  response.end();
}
