import { ModelBehaviorError } from '../errors/model-behavior-error';
import { getHandoff } from '../handoffs/create-handoff';
import type { FunctionCallItem } from '../items/protocol';
import { getLastTextOutput } from '../items/helpers';
import {
  RunHandoffCallItem,
  RunMessageOutputItem,
  RunReasoningItem,
  RunToolCallItem,
  type RunItem,
} from '../items/run-items';
import type { ModelRequest, ModelResponse } from '../models/model';
import { mergeModelSettings } from '../models/model-settings';
import { serializeOutputType } from './final-output';
import { runInputGuardrails } from './guardrails-run';
import { addItems, type RunEnv } from './run-env';
import { resolveModel } from './resolve-model';
import { Usage } from './usage';

/** What a model turn produced. */
export type TurnOutcome = { type: 'tools' } | { type: 'message'; text: string | undefined; response: ModelResponse };

async function buildRequest(env: RunEnv, signal: AbortSignal): Promise<ModelRequest> {
  const { state } = env;
  const agent = state.currentAgent;
  const [systemInstructions, prompt, tools] = await Promise.all([
    agent.getSystemPrompt(state.context),
    agent.getPrompt(state.context),
    agent.getAllTools(state.context),
  ]);
  const modelSettings = mergeModelSettings(env.config.modelSettings, agent.modelSettings);
  // A forced tool choice would make the model call a tool every turn: reset it once the agent used one.
  if (agent.resetToolChoice && state.toolsUsedByAgent.includes(agent.name)) delete modelSettings.toolChoice;
  const conversation = state.conversationItems();
  return {
    ...(systemInstructions ? { systemInstructions } : {}),
    ...(prompt ? { prompt } : {}),
    input: state.serverManagedConversation ? conversation.slice(state.sentItemCount) : conversation,
    ...(state.serverManagedConversation && state.lastResponseId ? { previousResponseId: state.lastResponseId } : {}),
    modelSettings,
    tools: tools.map((entry) => ({
      type: 'function' as const,
      name: entry.name,
      description: entry.description,
      parameters: entry.parameters,
      strict: entry.strict,
    })),
    handoffs: agent.handoffs.map((entry) => getHandoff(entry as any).getHandoffAsFunctionTool()),
    outputType: serializeOutputType(agent.outputType),
    signal,
  };
}

async function callModel(env: RunEnv, request: ModelRequest): Promise<ModelResponse> {
  const { model, name } = await resolveModel(env, env.state.currentAgent);
  return env.tracing.generation(name, request, async () => {
    if (!env.stream) return model.getResponse(request);
    let response: ModelResponse | undefined;
    for await (const event of model.getStreamedResponse(request)) {
      env.stream.pushEvent({ type: 'raw_model_stream_event', data: event });
      if (event.type === 'response_done') response = event.response;
    }
    if (!response) throw new ModelBehaviorError('The model stream ended without a response_done event.');
    return response;
  });
}

/**
 * Runs one model turn: builds the request, calls the model (with the input guardrails in parallel
 * on the first turn), records the response and turns its output into run items.
 */
export async function runModelTurn(env: RunEnv): Promise<TurnOutcome> {
  const { state } = env;
  const agent = state.currentAgent;
  // An internal controller so a tripped input guardrail can cancel the model call in flight.
  const controller = new AbortController();
  const onAbort = () => controller.abort(env.signal?.reason);
  env.signal?.addEventListener('abort', onAbort, { once: true });
  let response: ModelResponse;
  try {
    const request = await buildRequest(env, controller.signal);
    const guardrails = env.runInputGuardrails ? [...(env.config.inputGuardrails ?? []), ...agent.inputGuardrails] : [];
    env.runInputGuardrails = false;
    const [guardrailResults, modelResponse] = await Promise.all([
      runInputGuardrails(guardrails, agent, state.originalInput, state.context, env.tracing),
      callModel(env, request),
    ]);
    state.inputGuardrailResults.push(...guardrailResults);
    response = modelResponse;
  } catch (error) {
    controller.abort(error);
    throw error;
  } finally {
    env.signal?.removeEventListener('abort', onAbort);
  }

  state.context.usage.add(new Usage(response.usage));
  state.modelResponses.push(response);
  if (response.responseId) state.lastResponseId = response.responseId;

  const tools = new Set((await agent.getAllTools(state.context)).map((entry) => entry.name));
  const handoffNames = new Set(agent.handoffs.map((entry) => getHandoff(entry as any).toolName));
  const items: RunItem[] = [];
  const toolCalls: FunctionCallItem[] = [];
  const handoffCalls: FunctionCallItem[] = [];
  for (const item of response.output) {
    if (item.type === 'function_call') {
      if (handoffNames.has(item.name)) {
        handoffCalls.push(item);
        items.push(new RunHandoffCallItem(item, agent));
      } else if (tools.has(item.name)) {
        toolCalls.push(item);
        items.push(new RunToolCallItem(item, agent));
      } else {
        throw new ModelBehaviorError(`Tool ${item.name} not found in agent ${agent.name}.`);
      }
    } else if (item.type === 'reasoning') {
      items.push(new RunReasoningItem(item, agent));
    } else if (item.type !== 'unknown') {
      items.push(new RunMessageOutputItem(item, agent));
    }
  }
  const turnStartIndex = state.generatedItems.length;
  addItems(env, items);
  if (state.serverManagedConversation) state.sentItemCount = state.conversationItems().length;

  if (toolCalls.length > 0 || handoffCalls.length > 0) {
    state.pendingTurn = { toolCalls, handoffCalls, turnStartIndex };
    return { type: 'tools' };
  }
  return { type: 'message', text: getLastTextOutput(response.output), response };
}
