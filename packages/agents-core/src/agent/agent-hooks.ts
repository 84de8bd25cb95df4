import { EventEmitter } from '../events/event-emitter';
import type { FunctionCallItem } from '../items/protocol';
import type { RunContext } from '../run/run-context';
import type { Tool } from '../tools/tool-types';
import type { Agent } from './agent';
import type { AgentOutputType, TextOutput } from './output-type';

/** Lifecycle events an agent emits while it runs. */
export type AgentHookEvents<TContext = unknown, TOutput extends AgentOutputType = TextOutput> = {
  /** The agent starts a turn sequence (at the start of a run, or after a handoff to it). */
  agent_start: [context: RunContext<TContext>, agent: Agent<TContext, TOutput>];
  /** The agent produced the final output. */
  agent_end: [context: RunContext<TContext>, output: string];
  /** The agent handed off to another agent. */
  agent_handoff: [context: RunContext<TContext>, nextAgent: Agent<any, any>];
  /** One of the agent's tools starts. */
  agent_tool_start: [context: RunContext<TContext>, tool: Tool<TContext>, details: { toolCall: FunctionCallItem }];
  /** One of the agent's tools finished; `result` is the text sent back to the model. */
  agent_tool_end: [
    context: RunContext<TContext>,
    tool: Tool<TContext>,
    result: string,
    details: { toolCall: FunctionCallItem },
  ];
};

/** The typed emitter an `Agent` extends. */
export class AgentHooks<TContext = unknown, TOutput extends AgentOutputType = TextOutput> extends EventEmitter<
  AgentHookEvents<TContext, TOutput>
> {}
