import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { BrainItem, BrainReply } from '../brain/types';
import type { Emulator } from '../server/emulator';
import { bearerToken, readJson, sendError, sendJson } from '../server/http-utils';
import { textTokens } from '../session/usage';
import { inputItems } from './request';
import { streamResponse } from './stream';

/** Stored conversations, for `previous_response_id`. */
const histories = new WeakMap<Emulator, Map<string, BrainItem[]>>();
/** Requests served, for the rate-limit fault. */
const requestCounts = new WeakMap<Emulator, number>();

function hex(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

/** `POST /v1/responses`: the same brain as the Realtime sessions, as JSON or as Server-Sent Events. */
export async function handleResponsesRequest(
  emulator: Emulator,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!emulator.isAuthorized(bearerToken(request))) {
    return sendError(response, 401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
  }
  // The rate-limit fault counts Responses API calls per emulator.
  const limit = emulator.faults.rateLimitAfterResponses;
  const used = (requestCounts.get(emulator) ?? 0) + 1;
  requestCounts.set(emulator, used);
  if (limit !== undefined && used > limit) {
    return sendError(response, 429, 'Rate limit reached for requests. Please try again later.', {
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
    });
  }
  let body: Record<string, unknown>;
  try {
    body = ((await readJson(request)) ?? {}) as Record<string, unknown>;
  } catch {
    return sendError(response, 400, 'We could not parse the JSON body of your request.', { code: 'invalid_json' });
  }
  if (body.input === undefined)
    return sendError(response, 400, "Missing required parameter: 'input'.", {
      code: 'missing_required_parameter',
      param: 'input',
    });
  if (typeof body.model !== 'string')
    return sendError(response, 400, "Missing required parameter: 'model'.", {
      code: 'missing_required_parameter',
      param: 'model',
    });
  const stored = histories.get(emulator) ?? new Map<string, BrainItem[]>();
  histories.set(emulator, stored);
  let history: BrainItem[] = [];
  if (typeof body.previous_response_id === 'string') {
    const previous = stored.get(body.previous_response_id);
    if (!previous) {
      return sendError(response, 404, `Previous response with id '${body.previous_response_id}' not found.`, {
        code: 'previous_response_not_found',
        param: 'previous_response_id',
      });
    }
    history = previous;
  }
  const conversation = [...history, ...inputItems(body.input)];
  const tools = Array.isArray(body.tools) ? (body.tools as Array<{ type?: string; name?: string }>) : [];
  const raw = await emulator.brain(conversation, {
    instructions: typeof body.instructions === 'string' ? body.instructions : '',
    tools: tools.filter((tool) => tool.type === 'function' && tool.name).map((tool) => tool.name as string),
    toolChoice: body.tool_choice ?? 'auto',
    modalities: ['text'],
    api: 'responses',
  });
  const reply: BrainReply = typeof raw === 'string' ? { text: raw } : raw;
  const output: Array<Record<string, unknown>> = [];
  const produced: BrainItem[] = [];
  for (const call of reply.toolCalls ?? []) {
    const callId = `call_${randomBytes(12).toString('hex')}`;
    output.push({
      type: 'function_call',
      id: hex('fc'),
      call_id: callId,
      name: call.name,
      arguments: call.arguments,
      status: 'completed',
    });
    produced.push({ type: 'function_call', name: call.name, arguments: call.arguments, callId });
  }
  if (reply.text !== undefined && reply.text !== '') {
    output.unshift({
      type: 'message',
      id: hex('msg'),
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: reply.text, annotations: [] }],
    });
    produced.unshift({ type: 'message', role: 'assistant', text: reply.text });
  }
  const inputTokens = textTokens(JSON.stringify(conversation) + String(body.instructions ?? ''));
  const outputTokens = textTokens(JSON.stringify(output.map((item) => item.arguments ?? item.content)));
  const result = {
    id: hex('resp'),
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: 'completed',
    model: body.model,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    tools,
    tool_choice: body.tool_choice ?? 'auto',
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    temperature: body.temperature ?? 1,
    top_p: body.top_p ?? 1,
    text: body.text ?? { format: { type: 'text' } },
    previous_response_id: body.previous_response_id ?? null,
    metadata: body.metadata ?? {},
    truncation: body.truncation ?? 'disabled',
    output,
    usage: {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    },
  };
  stored.set(result.id, [...conversation, ...produced]);
  if (body.stream === true) await streamResponse(response, result);
  else sendJson(response, 200, result);
}
