import type { Agent } from '../agent/agent';
import type { AgentInputItem } from '../items/protocol';
import type { RunResult } from './run-result';
import type { RunState } from './run-state';
import { Runner, type NonStreamRunOptions, type RunOptions, type StreamRunOptions } from './runner';
import type { StreamedRunResult } from './streamed-run-result';

type AnyAgent = Agent<any, any>;

let defaultRunner: Runner | undefined;

function getDefaultRunner(): Runner {
  defaultRunner ??= new Runner();
  return defaultRunner;
}

/**
 * Runs `agent` on `input` with a shared default `Runner`.
 *
 * @example
 * const result = await run(agent, 'What is the capital of France?');
 * console.log(result.finalOutput);
 */
export function run<TAgent extends AnyAgent, TContext = undefined>(
  agent: TAgent,
  input: string | AgentInputItem[] | RunState<TContext, TAgent>,
  options?: NonStreamRunOptions<TContext>,
): Promise<RunResult<TContext, TAgent>>;
export function run<TAgent extends AnyAgent, TContext = undefined>(
  agent: TAgent,
  input: string | AgentInputItem[] | RunState<TContext, TAgent>,
  options: StreamRunOptions<TContext>,
): Promise<StreamedRunResult<TContext, TAgent>>;
export function run<TAgent extends AnyAgent, TContext = undefined>(
  agent: TAgent,
  input: string | AgentInputItem[] | RunState<TContext, TAgent>,
  options?: RunOptions<TContext>,
): Promise<RunResult<TContext, TAgent> | StreamedRunResult<TContext, TAgent>> {
  return getDefaultRunner().run(agent, input, options);
}
