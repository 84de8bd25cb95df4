import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { BrainItem, BrainReply } from '../brain/types';
import type { Emulator } from '../server/emulator';
import { bearerToken, readJson, sendError, sendJson } from '../server/http-utils';
import { textTokens } from '../session/usage';

interface ChatMessage {
  role?: string;
  content?: unknown;
  tool_calls?: Array<{ id?: string; function?: { name?: string; arguments?: string } }>;
  tool_call_id?: string;
}

function text(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: { text?: unknown }) => (typeof part?.text === 'string' ? part.text : '')).join(' ');
}

/** Chat messages as brain items (assistant tool calls and tool results included). */
export function chatItems(messages: ChatMessage[]): BrainItem[] {
  const items: BrainItem[] = [];
  for (const message of messages) {
    if (message.role === 'tool') {
      items.push({ type: 'function_call_output', callId: message.tool_call_id ?? '', output: text(message.content) });
      continue;
    }
    const role = message.role === 'assistant' ? 'assistant' : message.role === 'user' ? 'user' : 'system';
    if (message.content !== undefined && message.content !== null)
      items.push({ type: 'message', role, text: text(message.content) });
    for (const call of message.tool_calls ?? []) {
      items.push({
        type: 'function_call',
        callId: call.id ?? '',
        name: call.function?.name ?? '',
        arguments: call.function?.arguments ?? '',
      });
    }
  }
  return items;
}

/** `POST /v1/chat/completions` (section 11.4): the same brain, JSON or `data:` chunks ending in `[DONE]`. */
export async function handleChatCompletions(
  emulator: Emulator,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!emulator.isAuthorized(bearerToken(request))) {
    return sendError(response, 401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
  }
  let body: { model?: unknown; messages?: unknown; tools?: unknown; tool_choice?: unknown; stream?: unknown };
  try {
    body = ((await readJson(request)) ?? {}) as typeof body;
  } catch {
    return sendError(response, 400, 'We could not parse the JSON body of your request.', { code: 'invalid_json' });
  }
  if (!Array.isArray(body.messages)) {
    return sendError(response, 400, "Missing required parameter: 'messages'.", {
      code: 'missing_required_parameter',
      param: 'messages',
    });
  }
  const items = chatItems(body.messages as ChatMessage[]);
  const tools = Array.isArray(body.tools) ? (body.tools as Array<{ function?: { name?: string } }>) : [];
  const raw = await emulator.brain(items, {
    instructions: items
      .filter((item) => item.type === 'message' && item.role === 'system')
      .map((item) => (item.type === 'message' ? item.text : ''))
      .join('\n'),
    tools: tools.map((tool) => tool.function?.name ?? '').filter(Boolean),
    toolChoice: body.tool_choice ?? 'auto',
    modalities: ['text'],
    api: 'responses',
  });
  const reply: BrainReply = typeof raw === 'string' ? { text: raw } : raw;
  const toolCalls = (reply.toolCalls ?? []).map((call) => ({
    id: `call_${randomBytes(12).toString('hex')}`,
    type: 'function' as const,
    function: { name: call.name, arguments: call.arguments },
  }));
  const message = {
    role: 'assistant',
    content: reply.text ?? null,
    ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
  };
  const finishReason = toolCalls.length ? 'tool_calls' : 'stop';
  const promptTokens = textTokens(JSON.stringify(body.messages));
  const completionTokens = textTokens(JSON.stringify(message));
  const base = {
    id: `chatcmpl-${randomBytes(12).toString('hex')}`,
    created: Math.floor(Date.now() / 1000),
    model: String(body.model ?? ''),
  };
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
  if (body.stream !== true) {
    sendJson(response, 200, {
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message, finish_reason: finishReason }],
      usage,
    });
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
    response.write(
      `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`,
    );
  chunk({ role: 'assistant', content: '' }, null);
  for (const word of (reply.text ?? '').match(/\s*\S+|\s+$/g) ?? []) chunk({ content: word }, null);
  toolCalls.forEach((call, index) => chunk({ tool_calls: [{ index, ...call }] }, null));
  chunk({}, finishReason);
  chunk({}, null, { choices: [], usage });
  response.end('data: [DONE]\n\n');
}
