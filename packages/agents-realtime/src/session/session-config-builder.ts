import { getHandoff, type RunContext } from '@parley/agents-core';
import type { RealtimeAgent } from '../agent/realtime-agent';
import type { RealtimeContextData } from '../agent/realtime-context';
import { normalizeAudioConfig, usesLegacyAudioKeys } from '../protocol/session-config-mapping';
import type { RealtimeSessionConfig, RealtimeToolDefinition, RealtimeTracingConfig } from '../protocol/session-config';
import type { RealtimeTransportLayer } from '../transport/transport-layer';
import type { RealtimeSessionOptions } from './session-options';

/** The tracing value for the session options: `'auto'`, a workflow config, or `null` when disabled. */
export function tracingConfig(options: RealtimeSessionOptions<any>): RealtimeTracingConfig | null {
  if (options.tracingDisabled) return null;
  if (options.workflowName || options.groupId || options.traceMetadata) {
    return {
      ...(options.workflowName ? { workflow_name: options.workflowName } : {}),
      ...(options.groupId ? { group_id: options.groupId } : {}),
      ...(options.traceMetadata ? { metadata: options.traceMetadata } : {}),
    };
  }
  return 'auto';
}

/** The tools the model sees for an agent: its function tools, then its handoffs as functions. */
export async function agentToolDefinitions(
  agent: RealtimeAgent<any>,
  context: RunContext<RealtimeContextData<any>>,
): Promise<RealtimeToolDefinition[]> {
  const tools = (await agent.getAllTools(context)).map((tool) => ({
    type: 'function' as const,
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters as Record<string, any>,
  }));
  const handoffs = agent.handoffs.map((entry) => {
    const handoff = getHandoff(entry as any);
    return {
      type: 'function' as const,
      name: handoff.toolName,
      description: handoff.toolDescription,
      parameters: handoff.inputJsonSchema as Record<string, any>,
    };
  });
  return [...tools, ...handoffs];
}

/**
 * Builds the session configuration for `agent`: the user's config, then the agent's
 * instructions, tools and voice. Audio formats are only set when the user chose them or the
 * transport requires them, so a transport's own default (G.711 on a phone line) is not overridden.
 */
export async function buildSessionConfig(
  agent: RealtimeAgent<any>,
  context: RunContext<RealtimeContextData<any>>,
  options: RealtimeSessionOptions<any>,
  transport: RealtimeTransportLayer,
  extra: Partial<RealtimeSessionConfig> = {},
): Promise<Partial<RealtimeSessionConfig>> {
  const config: Partial<RealtimeSessionConfig> = { ...(options.config ?? {}), ...extra };
  const audio = normalizeAudioConfig(config);
  const required = transport.requiredAudioFormat;
  const instructions = await agent.getSystemPrompt(context);
  const result: Partial<RealtimeSessionConfig> = {
    ...config,
    instructions: instructions ?? '',
    tools: await agentToolDefinitions(agent, context),
  };
  if (options.model && !config.model) result.model = options.model;
  const voice = audio.voice ?? agent.voice;
  if (usesLegacyAudioKeys(config)) {
    if (voice) result.voice = voice;
    if (audio.inputFormat === undefined && required?.input) result.inputAudioFormat = required.input;
    if (audio.outputFormat === undefined && required?.output) result.outputAudioFormat = required.output;
  } else {
    result.audio = {
      ...config.audio,
      input: {
        ...config.audio?.input,
        ...(audio.inputFormat === undefined && required?.input ? { format: required.input } : {}),
      },
      output: {
        ...config.audio?.output,
        ...(voice ? { voice } : {}),
        ...(audio.outputFormat === undefined && required?.output ? { format: required.output } : {}),
      },
    };
  }
  return result;
}
