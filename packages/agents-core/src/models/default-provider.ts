import type { ModelProvider } from './model';
import { OpenAIProvider } from './openai/openai-provider';

let defaultProvider: ModelProvider | undefined;

/** Sets the provider that resolves model names for every run without its own `modelProvider`. */
export function setDefaultModelProvider(provider: ModelProvider): void {
  defaultProvider = provider;
}

/** The default model provider: the one set, or an `OpenAIProvider` configured from the defaults and the environment. */
export function getDefaultModelProvider(): ModelProvider {
  defaultProvider ??= new OpenAIProvider();
  return defaultProvider;
}
