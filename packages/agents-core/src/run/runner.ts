import type { Agent } from '../agent/agent';
import { AgentsError } from '../errors/agents-error';
import { RunAbortedError } from '../errors/run-aborted-error';
import { UserError } from '../errors/user-error';
import { toInputItems } from '../items/helpers';
import type { AgentInputItem } from '../items/protocol';
import type { Session } from '../memory/session';
import { RunTracing } from '../tracing/run-tracing';
import type { RunConfig } from './run-config';
import { RunContext } from './run-context';
import type { RunEnv } from './run-env';
import { RunHooks } from './run-hooks';
import { runLoop } from './run-loop';
import { RunResult } from './run-result';
import { RunState } from './run-state';
import { StreamedRunResult } from './streamed-run-result';

type AnyAgent = Agent<any, any>;

/** Options of one run. */
export interface RunOptions<TContext = unknown> {
  /** Stream events while the run goes on. @default false */
  stream?: boolean;
  /** Your own object, passed to tools, guardrails, hooks and instructions. Ignored when resuming. */
  context?: TContext | RunContext<TContext>;
  /** The most model turns the run may take. @default 10 */
  maxTurns?: number;
  /** Aborting stops the run, the model request and any tool in flight. */
  signal?: AbortSignal;
  /** Continue a conversation the provider stores: only new items are sent. */
  previousResponseId?: string;
  /** Conversation memory read before the run and updated after it. */
  session?: Session;
}

/** Options of a streamed run. */
export type StreamRunOptions<TContext = unknown> = RunOptions<TContext> & { stream: true };
/** Options of a run that is not streamed. */
export type NonStreamRunOptions<TContext = unknown> = RunOptions<TContext> & { stream?: false };

/** The default number of turns a run may take. */
export const DEFAULT_MAX_TURNS = 10;

/**
 * Runs agents. A runner holds settings shared by its runs (model override, guardrails, tracing)
 * and emits lifecycle events for every agent it runs.
 */
export class Runner extends RunHooks<unknown> {
  readonly config: RunConfig;

  constructor(config: RunConfig = {}) {
    super();
    this.config = config;
  }

  /** Runs `agent` on `input` (a string, items, or a `RunState` to resume). */
  run<TAgent extends AnyAgent, TContext = undefined>(
    agent: TAgent,
    input: string | AgentInputItem[] | RunState<TContext, TAgent>,
    options?: NonStreamRunOptions<TContext>,
  ): Promise<RunResult<TContext, TAgent>>;
  run<TAgent extends AnyAgent, TContext = undefined>(
    agent: TAgent,
    input: string | AgentInputItem[] | RunState<TContext, TAgent>,
    options: StreamRunOptions<TContext>,
  ): Promise<StreamedRunResult<TContext, TAgent>>;
  run<TAgent extends AnyAgent, TContext = undefined>(
    agent: TAgent,
    input: string | AgentInputItem[] | RunState<TContext, TAgent>,
    options?: RunOptions<TContext>,
  ): Promise<RunResult<TContext, TAgent> | StreamedRunResult<TContext, TAgent>>;
  async run<TAgent extends AnyAgent, TContext = undefined>(
    agent: TAgent,
    input: string | AgentInputItem[] | RunState<TContext, TAgent>,
    options: RunOptions<TContext> = {},
  ): Promise<RunResult<TContext, TAgent> | StreamedRunResult<TContext, TAgent>> {
    const { state, fresh } = await this.#prepareState(agent, input, options);
    const stream = options.stream ? new StreamedRunResult<TContext, TAgent>(state) : undefined;
    const env: RunEnv = {
      config: this.config,
      hooks: this as RunHooks<unknown>,
      state: state as unknown as RunEnv['state'],
      signal: options.signal,
      stream: stream as unknown as RunEnv['stream'],
      session: options.session,
      runInputGuardrails: fresh,
      tracing: new RunTracing({
        ...(this.config.tracingDisabled !== undefined ? { disabled: this.config.tracingDisabled } : {}),
        ...(this.config.traceIncludeSensitiveData !== undefined
          ? { includeSensitiveData: this.config.traceIncludeSensitiveData }
          : {}),
        ...(this.config.workflowName ? { workflowName: this.config.workflowName } : {}),
        ...(this.config.traceId ? { traceId: this.config.traceId } : {}),
        ...(this.config.groupId ? { groupId: this.config.groupId } : {}),
        ...(this.config.traceMetadata ? { metadata: this.config.traceMetadata } : {}),
      }),
    };
    const execution = this.#execute(env);
    if (!stream) {
      await execution;
      return new RunResult<TContext, TAgent>(state);
    }
    execution.then(
      () => stream.finish(),
      (error: unknown) => stream.finish(error),
    );
    return stream;
  }

  async #execute(env: RunEnv): Promise<void> {
    try {
      await env.tracing.run(async () => {
        try {
          await runLoop(env);
        } catch (error) {
          env.tracing.endAgent(error);
          throw error;
        }
      });
      if (env.session && env.state.nextStep.type === 'final_output') {
        const items = env.state.conversationItems();
        await env.session.addItems(items.slice(env.state.persistedItemCount));
        env.state.persistedItemCount = items.length;
      }
    } catch (caught) {
      let error = caught;
      if (env.signal?.aborted && !(error instanceof RunAbortedError)) {
        error = new RunAbortedError('The run was aborted.', { cause: env.signal.reason });
      }
      if (AgentsError.isInstance(error) && error.state === undefined) error.state = env.state;
      throw error;
    }
  }

  async #prepareState<TAgent extends AnyAgent, TContext>(
    agent: TAgent,
    input: string | AgentInputItem[] | RunState<TContext, TAgent>,
    options: RunOptions<TContext>,
  ): Promise<{ state: RunState<TContext, TAgent>; fresh: boolean }> {
    if (input instanceof RunState) {
      if (options.maxTurns !== undefined) input.maxTurns = options.maxTurns;
      return { state: input, fresh: false };
    }
    if (typeof input !== 'string' && !Array.isArray(input)) {
      throw new UserError('run(): input must be a string, a list of items, or a RunState.');
    }
    const maxTurns = options.maxTurns ?? DEFAULT_MAX_TURNS;
    if (!Number.isInteger(maxTurns) || maxTurns < 1) throw new UserError('run(): maxTurns must be a positive integer.');
    const context =
      options.context instanceof RunContext ? options.context : new RunContext<TContext>(options.context as TContext);
    let originalInput: string | AgentInputItem[] = input;
    let persisted = 0;
    if (options.session) {
      const history = await options.session.getItems();
      originalInput = [...history, ...toInputItems(input)];
      persisted = history.length;
    }
    const state = new RunState<TContext, TAgent>(context, originalInput, agent, maxTurns);
    state.persistedItemCount = persisted;
    if (options.previousResponseId) {
      state.serverManagedConversation = true;
      state.lastResponseId = options.previousResponseId;
    }
    return { state, fresh: true };
  }
}
