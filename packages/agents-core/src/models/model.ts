import type { AgentInputItem, AgentOutputItem } from '../items/protocol';
import type { JsonObjectSchema } from '../tools/json-schema';
import type { UsageInit } from '../run/usage';
import type { ModelSettings } from './model-settings';

/** A function tool as a model sees it. */
export interface SerializedFunctionTool {
  type: 'function';
  name: string;
  description: string;
  parameters: JsonObjectSchema;
  strict: boolean;
}

/** A handoff as a model sees it (a function tool under the hood). */
export interface SerializedHandoff {
  toolName: string;
  toolDescription: string;
  inputJsonSchema: JsonObjectSchema;
  strictJsonSchema: boolean;
}

/** The requested output format: text, or JSON following a schema. */
export type SerializedOutputType =
  | 'text'
  | { type: 'json_schema'; name: string; strict: boolean; schema: Record<string, unknown> };

/** A prompt template reference (Responses API only). */
export interface Prompt {
  promptId: string;
  version?: string;
  variables?: Record<string, unknown>;
}

/** Everything a model needs for one turn. */
export interface ModelRequest {
  systemInstructions?: string;
  input: string | AgentInputItem[];
  previousResponseId?: string;
  modelSettings: ModelSettings;
  tools: SerializedFunctionTool[];
  handoffs: SerializedHandoff[];
  outputType: SerializedOutputType;
  prompt?: Prompt;
  /** Aborts the HTTP request. */
  signal?: AbortSignal;
}

/** A model's answer for one turn. */
export interface ModelResponse {
  output: AgentOutputItem[];
  usage: UsageInit;
  /** The provider's response id (for `previousResponseId`). */
  responseId?: string;
  /** The raw provider payload, for debugging. */
  providerData?: Record<string, unknown>;
}

/** Events a streamed model answer yields, in order. */
export type StreamEvent =
  | { type: 'response_started'; providerData?: Record<string, unknown> }
  | { type: 'output_text_delta'; delta: string; providerData?: Record<string, unknown> }
  | { type: 'response_done'; response: ModelResponse }
  | { type: 'model'; event: unknown };

/** A model: one request in, one response out, or a stream of events ending in `response_done`. */
export interface Model {
  getResponse(request: ModelRequest): Promise<ModelResponse>;
  getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent>;
}

/** Resolves model names to models. */
export interface ModelProvider {
  getModel(modelName?: string): Model | Promise<Model>;
}
