import type { Model, ModelProvider } from '../model';
import { OpenAIChatCompletionsModel } from './openai-chat-completions-model';
import { OpenAIClient, readEnv, type OpenAIClientOptions } from './openai-client';
import { getDefaultOpenAIAPI, getDefaultOpenAIClient } from './openai-config';
import { OpenAIResponsesModel } from './openai-responses-model';

/** The model used when an agent names none. @default 'gpt-4.1' (or `OPENAI_DEFAULT_MODEL`) */
export function getDefaultModelName(): string {
  return readEnv('OPENAI_DEFAULT_MODEL') ?? 'gpt-4.1';
}

/** Options of `OpenAIProvider`. */
export interface OpenAIProviderOptions extends OpenAIClientOptions {
  /** A ready client; other client options are then ignored. */
  openAIClient?: OpenAIClient;
  /** Use the Responses API (true) or Chat Completions (false). @default the `setOpenAIAPI` choice */
  useResponses?: boolean;
}

/** Resolves model names to OpenAI models over the Responses API or Chat Completions. */
export class OpenAIProvider implements ModelProvider {
  readonly #options: OpenAIProviderOptions;

  constructor(options: OpenAIProviderOptions = {}) {
    this.#options = options;
  }

  #client(): OpenAIClient {
    const { openAIClient, useResponses: _useResponses, ...clientOptions } = this.#options;
    if (openAIClient) return openAIClient;
    return Object.keys(clientOptions).length > 0 ? new OpenAIClient(clientOptions) : getDefaultOpenAIClient();
  }

  getModel(modelName?: string): Model {
    const name = modelName ?? getDefaultModelName();
    const useResponses = this.#options.useResponses ?? getDefaultOpenAIAPI() === 'responses';
    return useResponses
      ? new OpenAIResponsesModel(this.#client(), name)
      : new OpenAIChatCompletionsModel(this.#client(), name);
  }
}
