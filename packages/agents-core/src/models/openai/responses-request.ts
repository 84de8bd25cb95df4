import { UserError } from '../../errors/user-error';
import type { AgentInputItem } from '../../items/protocol';
import type { ModelRequest } from '../model';

/** Converts one item to the Responses API input format. */
export function toResponsesInputItem(item: AgentInputItem): Record<string, unknown> {
  switch (item.type) {
    case 'function_call':
      return {
        type: 'function_call',
        call_id: item.callId,
        name: item.name,
        arguments: item.arguments,
        ...(item.id ? { id: item.id } : {}),
        ...(item.status ? { status: item.status } : {}),
      };
    case 'function_call_result':
      return { type: 'function_call_output', call_id: item.callId, output: item.output.text };
    case 'reasoning':
      return {
        ...item.providerData,
        type: 'reasoning',
        ...(item.id ? { id: item.id } : {}),
        summary: item.content.map((part) => ({ type: 'summary_text', text: part.text })),
      };
    case 'unknown':
      return item.providerData;
    default:
      break;
  }
  if (item.role === 'user') {
    const content =
      typeof item.content === 'string'
        ? item.content
        : item.content.map((part) =>
            part.type === 'input_text'
              ? { type: 'input_text', text: part.text }
              : { type: 'input_image', image_url: part.image, ...(part.detail ? { detail: part.detail } : {}) },
          );
    return { type: 'message', role: 'user', content };
  }
  if (item.role === 'system') return { type: 'message', role: 'system', content: item.content };
  if (item.role === 'assistant') {
    return {
      type: 'message',
      role: 'assistant',
      ...(item.id ? { id: item.id } : {}),
      status: item.status,
      content: item.content.map((part) =>
        part.type === 'output_text'
          ? { type: 'output_text', text: part.text, annotations: [] }
          : { type: 'refusal', refusal: part.refusal },
      ),
    };
  }
  throw new UserError(
    `Cannot send item of type ${JSON.stringify((item as { type?: unknown }).type)} to the Responses API.`,
  );
}

function toolChoice(choice: string | undefined): unknown {
  if (choice === undefined) return undefined;
  if (choice === 'auto' || choice === 'required' || choice === 'none') return choice;
  return { type: 'function', name: choice };
}

/** Builds the body of `POST /v1/responses`. Unset settings are left out. */
export function buildResponsesBody(model: string, request: ModelRequest, stream: boolean): Record<string, unknown> {
  const settings = request.modelSettings;
  const tools = [
    ...request.tools.map((entry) => ({
      type: 'function',
      name: entry.name,
      description: entry.description,
      parameters: entry.parameters,
      strict: entry.strict,
    })),
    ...request.handoffs.map((entry) => ({
      type: 'function',
      name: entry.toolName,
      description: entry.toolDescription,
      parameters: entry.inputJsonSchema,
      strict: entry.strictJsonSchema,
    })),
  ];
  const text: Record<string, unknown> = {};
  if (request.outputType !== 'text') {
    const { name, schema, strict } = request.outputType;
    text.format = { type: 'json_schema', name, schema, strict };
  }
  if (settings.text?.verbosity) text.verbosity = settings.text.verbosity;
  const body: Record<string, unknown> = {
    model,
    input: typeof request.input === 'string' ? request.input : request.input.map(toResponsesInputItem),
    instructions: request.systemInstructions,
    previous_response_id: request.previousResponseId,
    tools: tools.length > 0 ? tools : undefined,
    tool_choice: toolChoice(settings.toolChoice),
    parallel_tool_calls: tools.length > 0 ? settings.parallelToolCalls : undefined,
    temperature: settings.temperature,
    top_p: settings.topP,
    truncation: settings.truncation,
    max_output_tokens: settings.maxTokens,
    store: settings.store,
    reasoning: settings.reasoning,
    text: Object.keys(text).length > 0 ? text : undefined,
    prompt: request.prompt
      ? { id: request.prompt.promptId, version: request.prompt.version, variables: request.prompt.variables }
      : undefined,
    stream: stream || undefined,
    ...settings.providerData,
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}
