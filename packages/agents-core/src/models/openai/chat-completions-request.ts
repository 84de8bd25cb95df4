import type { AgentInputItem } from '../../items/protocol';
import { getMessageText } from '../../items/helpers';
import type { ModelRequest } from '../model';

interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

type ChatMessage =
  | { role: 'system' | 'developer'; content: string }
  | { role: 'user'; content: string | Array<Record<string, unknown>> }
  | { role: 'assistant'; content: string | null; tool_calls?: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

/** Converts items to Chat Completions messages; function calls join the assistant message before them. */
export function toChatMessages(instructions: string | undefined, input: string | AgentInputItem[]): ChatMessage[] {
  const messages: ChatMessage[] = instructions ? [{ role: 'system', content: instructions }] : [];
  const items: AgentInputItem[] = typeof input === 'string' ? [{ role: 'user', content: input }] : input;
  let assistant: Extract<ChatMessage, { role: 'assistant' }> | undefined;
  for (const item of items) {
    if (item.type === 'function_call') {
      if (!assistant) {
        assistant = { role: 'assistant', content: null };
        messages.push(assistant);
      }
      (assistant.tool_calls ??= []).push({
        id: item.callId,
        type: 'function',
        function: { name: item.name, arguments: item.arguments },
      });
      continue;
    }
    assistant = undefined;
    if (item.type === 'function_call_result') {
      messages.push({ role: 'tool', tool_call_id: item.callId, content: item.output.text });
    } else if (item.type === 'reasoning' || item.type === 'unknown') {
      // Chat Completions has no place for these.
    } else if (item.role === 'assistant') {
      assistant = { role: 'assistant', content: getMessageText(item) };
      messages.push(assistant);
    } else if (item.role === 'system') {
      messages.push({ role: 'system', content: item.content });
    } else {
      messages.push({
        role: 'user',
        content:
          typeof item.content === 'string'
            ? item.content
            : item.content.map((part) =>
                part.type === 'input_text'
                  ? { type: 'text', text: part.text }
                  : {
                      type: 'image_url',
                      image_url: { url: part.image, ...(part.detail ? { detail: part.detail } : {}) },
                    },
              ),
      });
    }
  }
  return messages;
}

/** Builds the body of `POST /v1/chat/completions`. */
export function buildChatCompletionsBody(
  model: string,
  request: ModelRequest,
  stream: boolean,
): Record<string, unknown> {
  const settings = request.modelSettings;
  const tools = [
    ...request.tools.map((entry) => ({
      type: 'function',
      function: {
        name: entry.name,
        description: entry.description,
        parameters: entry.parameters,
        strict: entry.strict,
      },
    })),
    ...request.handoffs.map((entry) => ({
      type: 'function',
      function: {
        name: entry.toolName,
        description: entry.toolDescription,
        parameters: entry.inputJsonSchema,
        strict: entry.strictJsonSchema,
      },
    })),
  ];
  const choice = settings.toolChoice;
  const body: Record<string, unknown> = {
    model,
    messages: toChatMessages(request.systemInstructions, request.input),
    tools: tools.length > 0 ? tools : undefined,
    tool_choice:
      choice === undefined || choice === 'auto' || choice === 'required' || choice === 'none'
        ? choice
        : { type: 'function', function: { name: choice } },
    parallel_tool_calls: tools.length > 0 ? settings.parallelToolCalls : undefined,
    response_format:
      request.outputType === 'text'
        ? undefined
        : {
            type: 'json_schema',
            json_schema: {
              name: request.outputType.name,
              schema: request.outputType.schema,
              strict: request.outputType.strict,
            },
          },
    temperature: settings.temperature,
    top_p: settings.topP,
    frequency_penalty: settings.frequencyPenalty,
    presence_penalty: settings.presencePenalty,
    max_tokens: settings.maxTokens,
    store: settings.store,
    stream: stream || undefined,
    stream_options: stream ? { include_usage: true } : undefined,
    ...settings.providerData,
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}
