import type { RunContext } from '../run/run-context';
import type { Tool } from '../tools/tool-types';
import type { RunToolCallOutputItem, RunToolApprovalItem } from '../items/run-items';

/** The result of one function tool call in a turn. */
export type FunctionToolResult =
  | { type: 'function_output'; tool: Tool; output: unknown; runItem: RunToolCallOutputItem }
  | { type: 'function_approval'; tool: Tool; runItem: RunToolApprovalItem };

/** What a `toolUseBehavior` function decides. */
export type ToolsToFinalOutputResult =
  | { isFinalOutput: false; isInterrupted?: undefined }
  | { isFinalOutput: true; isInterrupted?: undefined; finalOutput: string };

/** Decides from a turn's tool results whether the run ends. */
export type ToolToFinalOutputFunction<TContext = unknown> = (
  context: RunContext<TContext>,
  toolResults: FunctionToolResult[],
) => ToolsToFinalOutputResult | Promise<ToolsToFinalOutputResult>;

/**
 * What happens after tools run: call the model again (`run_llm_again`, the default), stop with
 * the first tool's output (`stop_on_first_tool`), stop when one of the named tools ran, or ask a
 * function.
 */
export type ToolUseBehavior =
  | 'run_llm_again'
  | 'stop_on_first_tool'
  | { stopAtToolNames: string[] }
  | ToolToFinalOutputFunction<any>;
