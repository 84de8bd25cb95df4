import type { RunState } from './run-state';
import { describeAgentGraph } from './agent-graph';

/** The JSON form of a run state (schema version 1). */
export function serializeRunState(state: RunState<any, any>): Record<string, unknown> {
  const nextStep =
    state.nextStep.type === 'interruption'
      ? { type: 'interruption', interruptions: state.nextStep.interruptions.map((item) => item.toJSON()) }
      : state.nextStep;
  return {
    $schemaVersion: '1',
    currentAgent: { name: state.currentAgent.name },
    agentGraph: describeAgentGraph(state.currentAgent),
    originalInput: state.originalInput,
    context: state.context.toJSON(),
    generatedItems: state.generatedItems.map((item) => item.toJSON()),
    modelResponses: state.modelResponses,
    currentTurn: state.currentTurn,
    maxTurns: state.maxTurns,
    nextStep,
    pendingTurn: state.pendingTurn ?? null,
    lastResponseId: state.lastResponseId ?? null,
    serverManagedConversation: state.serverManagedConversation,
    sentItemCount: state.sentItemCount,
    toolsUsedByAgent: state.toolsUsedByAgent,
    persistedItemCount: state.persistedItemCount,
    currentAgentStarted: state.currentAgentStarted,
    inputGuardrailResults: state.inputGuardrailResults,
    outputGuardrailResults: state.outputGuardrailResults.map((result) => ({
      ...result,
      agent: { name: result.agent.name },
    })),
  };
}
