import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';

async function create(url: string, body: unknown, key = 'sk-test'): Promise<Response> {
  return fetch(`${url}/responses`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('Responses API', () => {
  it('answers with the same brain, runs a tool loop with previous_response_id', async () => {
    await using emulator = await startEmulator();
    const first = (await (
      await create(emulator.httpUrl, {
        model: 'gpt-4.1',
        input: 'call lookup {"id":7}',
        tools: [{ type: 'function', name: 'lookup', parameters: {}, strict: false }],
      })
    ).json()) as {
      id: string;
      object: string;
      status: string;
      output: Array<{ type: string; call_id: string; name: string; arguments: string }>;
      usage: { total_tokens: number };
    };
    expect(first).toMatchObject({ object: 'response', status: 'completed' });
    expect(first.output[0]).toMatchObject({ type: 'function_call', name: 'lookup', arguments: '{"id":7}' });
    expect(first.usage.total_tokens).toBeGreaterThan(0);
    const second = (await (
      await create(emulator.httpUrl, {
        model: 'gpt-4.1',
        previous_response_id: first.id,
        input: [{ type: 'function_call_output', call_id: first.output[0]?.call_id, output: 'found it' }],
      })
    ).json()) as { output: Array<{ type: string; content: Array<{ type: string; text: string }> }> };
    expect(second.output[0]?.content[0]).toMatchObject({
      type: 'output_text',
      text: 'The result of lookup is found it.',
    });
  });

  it('streams Server-Sent Events in the documented order with increasing sequence numbers', async () => {
    await using emulator = await startEmulator();
    const response = await create(emulator.httpUrl, {
      model: 'gpt-4.1',
      stream: true,
      instructions: 'You are Nova.',
      input: [{ role: 'user', content: 'hello there' }],
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = await response.text();
    const events = text
      .trim()
      .split('\n\n')
      .map((block) => {
        const [eventLine, dataLine] = block.split('\n');
        const data = JSON.parse(dataLine?.replace(/^data: /, '') ?? '{}') as {
          type: string;
          sequence_number: number;
          delta?: string;
        };
        expect(eventLine).toBe(`event: ${data.type}`);
        return data;
      });
    const types = events.map((event) => event.type).filter((type) => type !== 'response.output_text.delta');
    expect(types).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    expect(
      events
        .filter((event) => event.type === 'response.output_text.delta')
        .map((event) => event.delta)
        .join(''),
    ).toBe('Nova: You said: hello there');
  });

  it('answers 429 once the rate-limit fault allowance is used', async () => {
    await using emulator = await startEmulator({ faults: { rateLimitAfterResponses: 1 } });
    expect((await create(emulator.httpUrl, { model: 'm', input: 'say a' })).status).toBe(200);
    const limited = await create(emulator.httpUrl, { model: 'm', input: 'say b' });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit_exceeded' } });
  });

  it('returns OpenAI error bodies for bad requests', async () => {
    await using emulator = await startEmulator({ apiKeys: (key) => key === 'sk-ok' });
    expect((await create(emulator.httpUrl, { model: 'm', input: 'x' }, 'sk-no')).status).toBe(401);
    const missing = await create(emulator.httpUrl, { model: 'm' }, 'sk-ok');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 'missing_required_parameter', param: 'input' } });
    const unknown = await create(
      emulator.httpUrl,
      { model: 'm', input: 'x', previous_response_id: 'resp_nope' },
      'sk-ok',
    );
    expect(unknown.status).toBe(404);
    const broken = await fetch(`${emulator.httpUrl}/responses`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-ok' },
      body: '{',
    });
    expect(broken.status).toBe(400);
    expect((await fetch(`${emulator.httpUrl}/nothing`, { method: 'POST' })).status).toBe(404);
  });
});
