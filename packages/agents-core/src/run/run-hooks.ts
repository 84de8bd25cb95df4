import type { Agent } from '../agent/agent';
import { EventEmitter } from '../events/event-emitter';
import type { FunctionCallItem } from '../items/protocol';
import type { Tool } from '../tools/tool-types';
import type { RunContext } from './run-context';

type AnyAgent = Agent<any, any>;

/** Lifecycle events a `Runner` emits for every agent it runs. */
export type RunHookEvents<TContext = unknown> = {
  agent_start: [context: RunContext<TContext>, agent: AnyAgent];
  /** `output` is the final output as text (JSON for structured output). */
  agent_end: [context: RunContext<TContext>, agent: AnyAgent, output: string];
  agent_handoff: [context: RunContext<TContext>, fromAgent: AnyAgent, toAgent: AnyAgent];
  agent_tool_start: [
    context: RunContext<TContext>,
    agent: AnyAgent,
    tool: Tool<TContext>,
    details: { toolCall: FunctionCallItem },
  ];
  agent_tool_end: [
    context: RunContext<TContext>,
    agent: AnyAgent,
    tool: Tool<TContext>,
    result: string,
    details: { toolCall: FunctionCallItem },
  ];
};

/** The typed emitter a `Runner` extends. */
export class RunHooks<TContext = unknown> extends EventEmitter<RunHookEvents<TContext>> {}
