import { ModelBehaviorError } from '../../errors/model-behavior-error';
import type { AgentOutputItem } from '../../items/protocol';
import type { Model, ModelRequest, ModelResponse, StreamEvent } from '../model';
import { buildChatCompletionsBody } from './chat-completions-request';
import type { OpenAIClient } from './openai-client';
import { readServerSentEvents } from './sse';

interface ChatToolCallWire {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

interface ChatUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
}

interface ChatCompletion {
  id: string;
  choices: Array<{ message?: { content?: string | null; refusal?: string | null; tool_calls?: ChatToolCallWire[] } }>;
  usage?: ChatUsage | null;
}

interface ChatChunk {
  id?: string;
  choices?: Array<{ delta?: { content?: string | null; tool_calls?: ChatToolCallWire[] } }>;
  usage?: ChatUsage | null;
}

function toResponse(
  id: string,
  content: string | null | undefined,
  toolCalls: ChatToolCallWire[],
  usage: ChatUsage | null | undefined,
): ModelResponse {
  const output: AgentOutputItem[] = [];
  if (content) {
    output.push({
      type: 'message',
      role: 'assistant',
      id,
      status: 'completed',
      content: [{ type: 'output_text', text: content }],
    });
  }
  for (const call of toolCalls) {
    output.push({
      type: 'function_call',
      callId: call.id ?? '',
      name: call.function?.name ?? '',
      arguments: call.function?.arguments ?? '',
      status: 'completed',
    });
  }
  return {
    responseId: id,
    output,
    usage: {
      requests: 1,
      inputTokens: usage?.prompt_tokens ?? 0,
      outputTokens: usage?.completion_tokens ?? 0,
      totalTokens: usage?.total_tokens ?? 0,
    },
  };
}

/** A model served by a Chat Completions endpoint (OpenAI or any compatible server). */
export class OpenAIChatCompletionsModel implements Model {
  readonly #client: OpenAIClient;
  readonly model: string;

  constructor(client: OpenAIClient, model: string) {
    this.#client = client;
    this.model = model;
  }

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const completion = await this.#client.postJson<ChatCompletion>(
      '/chat/completions',
      buildChatCompletionsBody(this.model, request, false),
      request.signal ? { signal: request.signal } : {},
    );
    const message = completion.choices[0]?.message;
    if (!message) throw new ModelBehaviorError('The chat completion has no choices.');
    return toResponse(completion.id, message.content ?? message.refusal, message.tool_calls ?? [], completion.usage);
  }

  async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    const response = await this.#client.post('/chat/completions', buildChatCompletionsBody(this.model, request, true), {
      stream: true,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    if (!response.body) throw new ModelBehaviorError('The streamed response has no body.');
    let id = '';
    let text = '';
    let usage: ChatUsage | null | undefined;
    const calls = new Map<number, ChatToolCallWire & { function: { name: string; arguments: string } }>();
    let started = false;
    for await (const message of readServerSentEvents(response.body)) {
      if (message.data === '[DONE]') break;
      let chunk: ChatChunk;
      try {
        chunk = JSON.parse(message.data) as ChatChunk;
      } catch (error) {
        throw new ModelBehaviorError(`Malformed stream chunk: ${message.data.slice(0, 200)}`, { cause: error });
      }
      yield { type: 'model', event: chunk };
      if (!started) {
        started = true;
        yield { type: 'response_started' };
      }
      id ||= chunk.id ?? '';
      if (chunk.usage) usage = chunk.usage;
      const delta = chunk.choices?.[0]?.delta;
      if (delta?.content) {
        text += delta.content;
        yield { type: 'output_text_delta', delta: delta.content };
      }
      for (const call of delta?.tool_calls ?? []) {
        const index = call.index ?? 0;
        const entry = calls.get(index) ?? { function: { name: '', arguments: '' } };
        if (call.id) entry.id = call.id;
        entry.function.name += call.function?.name ?? '';
        entry.function.arguments += call.function?.arguments ?? '';
        calls.set(index, entry);
      }
    }
    const ordered = [...calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
    yield { type: 'response_done', response: toResponse(id, text, ordered, usage) };
  }
}
