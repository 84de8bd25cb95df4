import { UserError } from '../errors/user-error';
import type { ModelProvider } from './model';

let defaultProvider: ModelProvider | undefined;
let fallbackFactory: (() => ModelProvider) | undefined;

/** Sets the provider that resolves model names for every run without its own `modelProvider`. */
export function setDefaultModelProvider(provider: ModelProvider): void {
  defaultProvider = provider;
}

/** @internal Registers the provider built on first use when none was set (the OpenAI provider). */
export function setFallbackModelProviderFactory(factory: () => ModelProvider): void {
  fallbackFactory = factory;
}

/** The default model provider: the one set, or the OpenAI provider configured from the environment. */
export function getDefaultModelProvider(): ModelProvider {
  if (!defaultProvider && fallbackFactory) defaultProvider = fallbackFactory();
  if (!defaultProvider) throw new UserError('No model provider: call setDefaultModelProvider() or pass a model.');
  return defaultProvider;
}
