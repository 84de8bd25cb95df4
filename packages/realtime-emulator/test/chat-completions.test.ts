import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('Chat Completions', () => {
  it('runs a tool loop with the same brain', async () => {
    await using emulator = await startEmulator();
    const tools = [{ type: 'function', function: { name: 'add', parameters: {} } }];
    const first = (await (
      await post(emulator.httpUrl, {
        model: 'm',
        tools,
        messages: [{ role: 'user', content: 'call add {"a":2,"b":3}' }],
      })
    ).json()) as {
      object: string;
      choices: Array<{
        finish_reason: string;
        message: { tool_calls: Array<{ id: string; function: { name: string; arguments: string } }> };
      }>;
    };
    expect(first.object).toBe('chat.completion');
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');
    const call = first.choices[0]?.message.tool_calls[0];
    expect(call?.function).toEqual({ name: 'add', arguments: '{"a":2,"b":3}' });
    const second = (await (
      await post(emulator.httpUrl, {
        model: 'm',
        messages: [
          { role: 'system', content: 'You are Calc.' },
          { role: 'user', content: 'call add {"a":2,"b":3}' },
          { role: 'assistant', content: null, tool_calls: [call] },
          { role: 'tool', tool_call_id: call?.id, content: '5' },
        ],
      })
    ).json()) as { choices: Array<{ finish_reason: string; message: { content: string } }> };
    expect(second.choices[0]).toMatchObject({
      finish_reason: 'stop',
      message: { content: 'Calc: The result of add is 5.' },
    });
  });

  it('streams chunks ending with [DONE]', async () => {
    await using emulator = await startEmulator();
    const text = await (
      await post(emulator.httpUrl, {
        model: 'm',
        stream: true,
        messages: [{ role: 'user', content: 'say streamed words' }],
      })
    ).text();
    const lines = text.trim().split('\n\n');
    expect(lines.at(-1)).toBe('data: [DONE]');
    const chunks = lines.slice(0, -1).map(
      (line) =>
        JSON.parse(line.slice(6)) as {
          choices: Array<{ delta: { content?: string }; finish_reason: string | null }>;
        },
    );
    expect(chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta.content ?? '')).join('')).toBe(
      'streamed words',
    );
    expect(chunks.some((chunk) => chunk.choices[0]?.finish_reason === 'stop')).toBe(true);
    expect((await post(emulator.httpUrl, { model: 'm' })).status).toBe(400);
  });
});
