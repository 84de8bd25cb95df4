import { OpenAIClient } from './openai-client';

/** Which OpenAI API the default provider uses. */
export type OpenAIAPI = 'responses' | 'chat_completions';

let defaultKey: string | undefined;
let defaultClient: OpenAIClient | undefined;
let defaultAPI: OpenAIAPI = 'responses';

/** Sets the API key used when no client or key is given (instead of `OPENAI_API_KEY`). */
export function setDefaultOpenAIKey(key: string): void {
  defaultKey = key;
}

/**
 * Sets the client the default provider uses: pass an `OpenAIClient` built with your own
 * `baseURL`, `fetch`, headers or key.
 */
export function setDefaultOpenAIClient(client: OpenAIClient): void {
  defaultClient = client;
}

/** Chooses the API of the default provider. @default 'responses' */
export function setOpenAIAPI(api: OpenAIAPI): void {
  defaultAPI = api;
}

/** @internal The default client: the one set, or one built from the default key and the environment. */
export function getDefaultOpenAIClient(): OpenAIClient {
  return defaultClient ?? new OpenAIClient(defaultKey ? { apiKey: defaultKey } : {});
}

/** @internal The API the default provider uses. */
export function getDefaultOpenAIAPI(): OpenAIAPI {
  return defaultAPI;
}

/** @internal Restores the defaults (tests). */
export function resetOpenAIDefaults(): void {
  defaultKey = undefined;
  defaultClient = undefined;
  defaultAPI = 'responses';
}
