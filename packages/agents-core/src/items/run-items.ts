import type { Agent } from '../agent/agent';
import type {
  AssistantMessageItem,
  FunctionCallItem,
  FunctionCallResultItem,
  ReasoningItem,
  AgentInputItem,
} from './protocol';
import { getMessageText } from './helpers';

// `Agent<any, any>` because items of every agent in a run's graph sit in one list.
type AnyAgent = Agent<any, any>;

/** A minimal view of an agent, as items serialise it. */
function agentRef(agent: AnyAgent): { name: string } {
  return { name: agent.name };
}

/** A message the model produced. */
export class RunMessageOutputItem {
  readonly type = 'message_output_item' as const;
  constructor(
    readonly rawItem: AssistantMessageItem,
    readonly agent: AnyAgent,
  ) {}
  /** The message text. */
  get content(): string {
    return getMessageText(this.rawItem);
  }
  toJSON() {
    return { type: this.type, rawItem: this.rawItem, agent: agentRef(this.agent) };
  }
}

/** A function tool call the model made. */
export class RunToolCallItem {
  readonly type = 'tool_call_item' as const;
  constructor(
    readonly rawItem: FunctionCallItem,
    readonly agent: AnyAgent,
  ) {}
  toJSON() {
    return { type: this.type, rawItem: this.rawItem, agent: agentRef(this.agent) };
  }
}

/** The output of a function tool. `output` is the value the tool returned. */
export class RunToolCallOutputItem {
  readonly type = 'tool_call_output_item' as const;
  constructor(
    readonly rawItem: FunctionCallResultItem,
    readonly agent: AnyAgent,
    readonly output: unknown,
  ) {}
  toJSON() {
    return { type: this.type, rawItem: this.rawItem, agent: agentRef(this.agent), output: this.output };
  }
}

/** Reasoning the model produced. */
export class RunReasoningItem {
  readonly type = 'reasoning_item' as const;
  constructor(
    readonly rawItem: ReasoningItem,
    readonly agent: AnyAgent,
  ) {}
  toJSON() {
    return { type: this.type, rawItem: this.rawItem, agent: agentRef(this.agent) };
  }
}

/** The model calling a handoff tool. */
export class RunHandoffCallItem {
  readonly type = 'handoff_call_item' as const;
  constructor(
    readonly rawItem: FunctionCallItem,
    readonly agent: AnyAgent,
  ) {}
  toJSON() {
    return { type: this.type, rawItem: this.rawItem, agent: agentRef(this.agent) };
  }
}

/** A completed handoff: control moved from `sourceAgent` to `targetAgent`. */
export class RunHandoffOutputItem {
  readonly type = 'handoff_output_item' as const;
  constructor(
    readonly rawItem: FunctionCallResultItem,
    readonly sourceAgent: AnyAgent,
    readonly targetAgent: AnyAgent,
  ) {}
  /** The agent that produced the item (the source agent). */
  get agent(): AnyAgent {
    return this.sourceAgent;
  }
  toJSON() {
    return {
      type: this.type,
      rawItem: this.rawItem,
      sourceAgent: agentRef(this.sourceAgent),
      targetAgent: agentRef(this.targetAgent),
    };
  }
}

/** A tool call waiting for a human decision (`needsApproval`). */
export class RunToolApprovalItem {
  readonly type = 'tool_approval_item' as const;
  constructor(
    readonly rawItem: FunctionCallItem,
    readonly agent: AnyAgent,
    toolName?: string,
  ) {
    this.toolName = toolName ?? rawItem.name;
  }
  /** The name of the tool to approve. */
  readonly toolName: string;
  /** The raw JSON arguments of the call. */
  get arguments(): string {
    return this.rawItem.arguments;
  }
  toJSON() {
    return { type: this.type, rawItem: this.rawItem, agent: agentRef(this.agent), toolName: this.toolName };
  }
}

/** Any item a run produces. */
export type RunItem =
  | RunMessageOutputItem
  | RunToolCallItem
  | RunToolCallOutputItem
  | RunReasoningItem
  | RunHandoffCallItem
  | RunHandoffOutputItem
  | RunToolApprovalItem;

/** The protocol item a run item contributes to the conversation, if any. */
export function runItemToInputItem(item: RunItem): AgentInputItem | undefined {
  return item.type === 'tool_approval_item' ? undefined : item.rawItem;
}
