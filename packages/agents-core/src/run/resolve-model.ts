import { Agent } from '../agent/agent';
import { getDefaultModelProvider } from '../models/default-provider';
import type { Model } from '../models/model';
import type { AnyAgent, RunEnv } from './run-env';

/** The model for `agent`: the runner's override, the agent's model instance, or a name resolved by the provider. */
export async function resolveModel(env: RunEnv, agent: AnyAgent): Promise<{ model: Model; name: string }> {
  const chosen = env.config.model ?? agent.model;
  if (typeof chosen !== 'string') return { model: chosen, name: chosen.constructor.name };
  const provider = env.config.modelProvider ?? getDefaultModelProvider();
  const name = chosen === Agent.DEFAULT_MODEL_PLACEHOLDER ? undefined : chosen;
  return { model: await provider.getModel(name), name: name ?? 'default' };
}
