import type { Agent } from '../agent/agent';
import type { AgentOutputType, TextOutput } from '../agent/output-type';
import type { AgentInputItem } from '../items/protocol';
import type { RunItem } from '../items/run-items';
import type { SerializedHandoff } from '../models/model';
import type { RunContext, UnknownContext } from '../run/run-context';
import type { JsonObjectSchema } from '../tools/json-schema';

/** What an input filter sees and returns when control passes to another agent. */
export interface HandoffInputData {
  /** The run's input before this run's items. */
  inputHistory: string | AgentInputItem[];
  /** Items produced before the turn that handed off. */
  preHandoffItems: RunItem[];
  /** Items of the turn that handed off, including the handoff call and its output. */
  newItems: RunItem[];
}

/** Changes what the next agent sees of the conversation. */
export type HandoffInputFilter = (input: HandoffInputData) => HandoffInputData;

/** Turns a snake-cased tool name out of an agent name: `Math Tutor` → `math_tutor`. */
export function toFunctionToolName(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^a-zA-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  return snake || 'agent';
}

/** The default tool name of a handoff to `agent`. */
export function defaultHandoffToolName(agent: { name: string }): string {
  return `transfer_to_${toFunctionToolName(agent.name)}`;
}

/** The default tool description of a handoff to `agent`. */
export function defaultHandoffToolDescription(agent: { name: string; handoffDescription?: string }): string {
  const extra = agent.handoffDescription ? ` ${agent.handoffDescription}` : '';
  return `Handoff to the ${agent.name} agent to handle the request.${extra}`;
}

/** The text sent back to the model as the output of a handoff call. */
export function getTransferMessage(agent: { name: string }): string {
  return JSON.stringify({ assistant: agent.name });
}

/**
 * A handoff: a tool the model calls to pass the conversation to another agent. Build one with
 * `handoff(agent, options)`, or list the agent itself in `handoffs`.
 */
export class Handoff<TContext = UnknownContext, TOutput extends AgentOutputType = TextOutput> {
  /** The name of the tool the model calls. */
  toolName: string;
  toolDescription: string;
  /** The JSON schema of the handoff's arguments (empty unless `inputType` is given). */
  inputJsonSchema: JsonObjectSchema;
  strictJsonSchema = true;
  /** The name of the target agent. */
  agentName: string;
  /** The target agent. */
  agent: Agent<TContext, TOutput>;
  /** Changes what the next agent sees, if set. */
  inputFilter?: HandoffInputFilter;
  /** Runs the handoff: validates the arguments, calls `onHandoff`, returns the target agent. */
  onInvokeHandoff: (runContext: RunContext<TContext>, argsJson: string) => Promise<Agent<TContext, TOutput>>;

  constructor(
    agent: Agent<TContext, TOutput>,
    onInvokeHandoff: (runContext: RunContext<TContext>, argsJson: string) => Promise<Agent<TContext, TOutput>>,
  ) {
    this.agent = agent;
    this.agentName = agent.name;
    this.onInvokeHandoff = onInvokeHandoff;
    this.toolName = defaultHandoffToolName(agent);
    this.toolDescription = defaultHandoffToolDescription(agent);
    this.inputJsonSchema = { type: 'object', properties: {}, required: [], additionalProperties: false };
  }

  /** The handoff as a model sees it. */
  getHandoffAsFunctionTool(): SerializedHandoff {
    return {
      toolName: this.toolName,
      toolDescription: this.toolDescription,
      inputJsonSchema: this.inputJsonSchema,
      strictJsonSchema: this.strictJsonSchema,
    };
  }
}
