import type { Agent } from '../agent/agent';
import { UserError } from '../errors/user-error';
import type {
  AgentInputItem,
  AssistantMessageItem,
  FunctionCallItem,
  FunctionCallResultItem,
  ReasoningItem,
} from '../items/protocol';
import {
  RunHandoffCallItem,
  RunHandoffOutputItem,
  RunMessageOutputItem,
  RunReasoningItem,
  RunToolApprovalItem,
  RunToolCallItem,
  RunToolCallOutputItem,
  type RunItem,
} from '../items/run-items';
import { RunContext, type ApprovalRecord } from './run-context';
import { Usage } from './usage';
import { collectAgentGraph } from './agent-graph';
import type { PendingTurn, RunState } from './run-state';

type AnyAgent = Agent<any, any>;

interface SerializedItem {
  type: string;
  rawItem: unknown;
  agent?: { name: string };
  sourceAgent?: { name: string };
  targetAgent?: { name: string };
  output?: unknown;
  toolName?: string;
}

interface SerializedState {
  $schemaVersion: string;
  currentAgent: { name: string };
  agentGraph: Array<{ name: string; tools: string[]; handoffs: string[] }>;
  originalInput: string | AgentInputItem[];
  context: { context: unknown; usage: Usage; approvals: Record<string, ApprovalRecord> };
  generatedItems: SerializedItem[];
  modelResponses: RunState['modelResponses'];
  currentTurn: number;
  maxTurns: number;
  nextStep: { type: string; interruptions?: SerializedItem[]; output?: unknown };
  pendingTurn: PendingTurn | null;
  lastResponseId: string | null;
  serverManagedConversation: boolean;
  sentItemCount: number;
  toolsUsedByAgent: string[];
  persistedItemCount?: number;
  currentAgentStarted: boolean;
  inputGuardrailResults: RunState['inputGuardrailResults'];
  outputGuardrailResults: Array<
    Omit<RunState['outputGuardrailResults'][number], 'agent'> & { agent: { name: string } }
  >;
}

type Factory<TContext, TAgent extends AnyAgent> = (
  context: RunContext<TContext>,
  input: string | AgentInputItem[],
  agent: TAgent,
  maxTurns: number,
) => RunState<TContext, TAgent>;

function parse(text: string): SerializedState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError('RunState.fromString: the text is not valid JSON.', { cause: error });
  }
  if (typeof value !== 'object' || value === null || !('$schemaVersion' in value)) {
    throw new UserError('RunState.fromString: the text is not a serialised run state (no $schemaVersion).');
  }
  const version = (value as { $schemaVersion: unknown }).$schemaVersion;
  if (version !== '1') {
    throw new UserError(
      `RunState.fromString: unsupported schema version ${String(version)}; this SDK reads version 1.`,
    );
  }
  return value as SerializedState;
}

/** Rebuilds a run state against a live agent graph, refusing graphs that do not match. */
export async function deserializeRunState<TContext, TAgent extends AnyAgent>(
  initialAgent: TAgent,
  text: string,
  create: Factory<TContext, TAgent>,
): Promise<RunState<TContext, TAgent>> {
  const saved = parse(text);
  const agents = collectAgentGraph(initialAgent);
  const lookup = (name: string): AnyAgent => {
    const agent = agents.get(name);
    if (!agent) {
      throw new UserError(
        `RunState.fromString: agent "${name}" from the saved run is not in the agent graph of "${initialAgent.name}" ` +
          `(found: ${[...agents.keys()].join(', ')}).`,
      );
    }
    return agent;
  };
  for (const savedAgent of saved.agentGraph) {
    const agent = lookup(savedAgent.name);
    const toolNames = new Set(agent.tools.map((entry) => entry.name));
    const missing = savedAgent.tools.find((name) => !toolNames.has(name));
    if (missing) {
      throw new UserError(
        `RunState.fromString: agent "${agent.name}" no longer has the tool "${missing}" the saved run used.`,
      );
    }
  }

  const context = new RunContext<TContext>(saved.context.context as TContext);
  context.usage = new Usage(saved.context.usage);
  context.rebuildApprovals(saved.context.approvals);

  const state = create(context, saved.originalInput, lookup(saved.currentAgent.name) as TAgent, saved.maxTurns);
  state.generatedItems = saved.generatedItems.map((item) => restoreItem(item, lookup));
  state.modelResponses = saved.modelResponses;
  state.currentTurn = saved.currentTurn;
  state.pendingTurn = saved.pendingTurn ?? undefined;
  state.lastResponseId = saved.lastResponseId ?? undefined;
  state.serverManagedConversation = saved.serverManagedConversation;
  state.sentItemCount = saved.sentItemCount;
  state.toolsUsedByAgent = saved.toolsUsedByAgent;
  state.persistedItemCount = saved.persistedItemCount ?? 0;
  state.currentAgentStarted = saved.currentAgentStarted;
  state.inputGuardrailResults = saved.inputGuardrailResults;
  state.outputGuardrailResults = saved.outputGuardrailResults.map((result) => ({
    ...result,
    agent: lookup(result.agent.name),
  }));
  if (saved.nextStep.type === 'interruption') {
    state.nextStep = {
      type: 'interruption',
      interruptions: (saved.nextStep.interruptions ?? []).map(
        (item) => restoreItem(item, lookup) as RunToolApprovalItem,
      ),
    };
  } else if (saved.nextStep.type === 'final_output') {
    state.nextStep = { type: 'final_output', output: saved.nextStep.output };
  } else {
    state.nextStep = { type: 'run_again' };
  }
  return state;
}

function restoreItem(item: SerializedItem, lookup: (name: string) => AnyAgent): RunItem {
  const agent = () => lookup(item.agent?.name ?? '');
  switch (item.type) {
    case 'message_output_item':
      return new RunMessageOutputItem(item.rawItem as AssistantMessageItem, agent());
    case 'tool_call_item':
      return new RunToolCallItem(item.rawItem as FunctionCallItem, agent());
    case 'tool_call_output_item':
      return new RunToolCallOutputItem(item.rawItem as FunctionCallResultItem, agent(), item.output);
    case 'reasoning_item':
      return new RunReasoningItem(item.rawItem as ReasoningItem, agent());
    case 'handoff_call_item':
      return new RunHandoffCallItem(item.rawItem as FunctionCallItem, agent());
    case 'handoff_output_item':
      return new RunHandoffOutputItem(
        item.rawItem as FunctionCallResultItem,
        lookup(item.sourceAgent?.name ?? ''),
        lookup(item.targetAgent?.name ?? ''),
      );
    case 'tool_approval_item':
      return new RunToolApprovalItem(item.rawItem as FunctionCallItem, agent(), item.toolName);
    default:
      throw new UserError(`RunState.fromString: unknown item type "${item.type}".`);
  }
}
