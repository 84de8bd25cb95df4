import type { FunctionToolResult, ToolsToFinalOutputResult } from '../agent/tool-use-behavior';
import { UserError } from '../errors/user-error';
import { finalOutputText } from './final-output';
import type { RunEnv } from './run-env';

/** Applies the agent's `toolUseBehavior` to a turn's tool results. */
export async function decideToolUse(env: RunEnv, results: FunctionToolResult[]): Promise<ToolsToFinalOutputResult> {
  const behavior = env.state.currentAgent.toolUseBehavior;
  const outputs = results.filter((result) => result.type === 'function_output');
  if (behavior === 'run_llm_again' || outputs.length === 0) return { isFinalOutput: false };
  if (behavior === 'stop_on_first_tool') {
    return { isFinalOutput: true, finalOutput: finalOutputText(outputs[0]?.output) };
  }
  if (typeof behavior === 'object' && behavior !== null && 'stopAtToolNames' in behavior) {
    const match = outputs.find((result) => behavior.stopAtToolNames.includes(result.tool.name));
    return match ? { isFinalOutput: true, finalOutput: finalOutputText(match.output) } : { isFinalOutput: false };
  }
  if (typeof behavior === 'function') return behavior(env.state.context, results);
  throw new UserError(`Unknown toolUseBehavior: ${JSON.stringify(behavior)}`);
}
