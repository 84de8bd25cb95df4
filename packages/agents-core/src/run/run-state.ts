import type { Agent } from '../agent/agent';
import type { InputGuardrailResult } from '../guardrails/input-guardrail';
import type { OutputGuardrailResult } from '../guardrails/output-guardrail';
import type { AgentInputItem, FunctionCallItem } from '../items/protocol';
import { runItemToInputItem, type RunItem, type RunToolApprovalItem } from '../items/run-items';
import type { ModelResponse } from '../models/model';
import type { RunContext } from './run-context';
import { serializeRunState } from './run-state-serialize';
import { deserializeRunState } from './run-state-deserialize';

type AnyAgent = Agent<any, any>;

/** The version of the `RunState` string format. Bumped on incompatible changes. */
export const RUN_STATE_SCHEMA_VERSION = '1';

/** Tool and handoff calls of the last turn still to be executed (waiting for approvals, say). */
export interface PendingTurn {
  toolCalls: FunctionCallItem[];
  handoffCalls: FunctionCallItem[];
  /** Index in `generatedItems` where the turn's items start (for handoff input filters). */
  turnStartIndex: number;
}

/** Where a run stands. */
export type NextStep =
  | { type: 'run_again' }
  | { type: 'interruption'; interruptions: RunToolApprovalItem[] }
  | { type: 'final_output'; output: unknown };

/**
 * Everything a run needs to continue: the current agent, the input, the items produced so far,
 * the context with approval decisions, and what is pending. `toString()` and
 * `RunState.fromString()` move it between processes.
 */
export class RunState<TContext = unknown, TAgent extends AnyAgent = AnyAgent> {
  currentAgent: TAgent;
  originalInput: string | AgentInputItem[];
  context: RunContext<TContext>;
  generatedItems: RunItem[] = [];
  modelResponses: ModelResponse[] = [];
  currentTurn = 0;
  maxTurns: number;
  nextStep: NextStep = { type: 'run_again' };
  pendingTurn: PendingTurn | undefined;
  lastResponseId: string | undefined;
  /** True when the provider keeps the conversation (`previousResponseId`): only new items are sent. */
  serverManagedConversation = false;
  /** How many conversation items the provider has already seen (server-managed mode). */
  sentItemCount = 0;
  /** Agents that have called a tool, for `resetToolChoice`. */
  toolsUsedByAgent: string[] = [];
  /** How many conversation items the session already holds. */
  persistedItemCount = 0;
  /** Whether the current agent has emitted `agent_start`. */
  currentAgentStarted = false;
  inputGuardrailResults: InputGuardrailResult[] = [];
  outputGuardrailResults: OutputGuardrailResult[] = [];

  constructor(
    context: RunContext<TContext>,
    originalInput: string | AgentInputItem[],
    agent: TAgent,
    maxTurns: number,
  ) {
    this.context = context;
    this.originalInput = originalInput;
    this.currentAgent = agent;
    this.maxTurns = maxTurns;
  }

  /** The tool calls waiting for a decision. */
  getInterruptions(): RunToolApprovalItem[] {
    return this.nextStep.type === 'interruption' ? this.nextStep.interruptions : [];
  }

  /** Approves a pending call (with `alwaysApprove`, every later call of that tool). */
  approve(approvalItem: RunToolApprovalItem, options: { alwaysApprove?: boolean } = {}): void {
    this.context.approveTool(approvalItem, options);
  }

  /** Rejects a pending call; the model is told it was not approved. */
  reject(approvalItem: RunToolApprovalItem, options: { alwaysReject?: boolean } = {}): void {
    this.context.rejectTool(approvalItem, options);
  }

  /** The whole conversation as model input: the original input followed by the generated items. */
  conversationItems(): AgentInputItem[] {
    const input: AgentInputItem[] =
      typeof this.originalInput === 'string'
        ? [{ type: 'message', role: 'user', content: this.originalInput }]
        : [...this.originalInput];
    for (const item of this.generatedItems) {
      const inputItem = runItemToInputItem(item);
      if (inputItem) input.push(inputItem);
    }
    return input;
  }

  /** A JSON-safe snapshot of the state. */
  toJSON(): Record<string, unknown> {
    return serializeRunState(this);
  }

  /** The state as a string, to store and resume later with `RunState.fromString`. */
  toString(): string {
    return JSON.stringify(this.toJSON());
  }

  /**
   * Restores a state saved with `toString()`. `initialAgent` must be the start of an agent graph
   * (through handoffs) that contains every agent the saved run used; otherwise this throws a
   * `UserError` naming the missing agent.
   */
  static async fromString<TContext = unknown, TAgent extends AnyAgent = AnyAgent>(
    initialAgent: TAgent,
    text: string,
  ): Promise<RunState<TContext, TAgent>> {
    return deserializeRunState<TContext, TAgent>(initialAgent, text, (context, input, agent, maxTurns) => {
      return new RunState<TContext, TAgent>(context, input, agent, maxTurns);
    });
  }
}
