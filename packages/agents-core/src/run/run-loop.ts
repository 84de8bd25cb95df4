import { MaxTurnsExceededError } from '../errors/max-turns-exceeded-error';
import { RunAbortedError } from '../errors/run-aborted-error';
import type { ModelResponse } from '../models/model';
import { executeHandoff } from './execute-handoff';
import { executeToolCalls } from './execute-tools';
import { finalOutputText, parseFinalOutput } from './final-output';
import { runOutputGuardrails } from './guardrails-run';
import { runModelTurn } from './model-turn';
import type { RunEnv } from './run-env';
import { getLogger } from '../logging/logger';
import { decideToolUse } from './tool-use-decision';

const log = getLogger('parley:core:runner');

function throwIfAborted(env: RunEnv): void {
  if (env.signal?.aborted) {
    throw new RunAbortedError('The run was aborted.', { cause: env.signal.reason });
  }
}

async function finish(env: RunEnv, output: unknown, response: ModelResponse | undefined): Promise<void> {
  const { state } = env;
  const agent = state.currentAgent;
  const guardrails = [...(env.config.outputGuardrails ?? []), ...agent.outputGuardrails];
  state.outputGuardrailResults = await runOutputGuardrails(
    guardrails,
    agent,
    output,
    state.context,
    response,
    env.tracing,
  );
  state.pendingTurn = undefined;
  state.nextStep = { type: 'final_output', output };
  log.debug('final output from agent %s', agent.name);
  const text = finalOutputText(output);
  env.tracing.endAgent();
  agent.emit('agent_end', state.context, text);
  env.hooks.emit('agent_end', state.context, agent, text);
}

/** Runs the pending turn's tools and handoff. Returns true when the run is over (final or interrupted). */
async function resolvePendingTurn(env: RunEnv): Promise<boolean> {
  const { state } = env;
  const pending = state.pendingTurn;
  if (!pending) return false;
  const { results, interruptions } = await executeToolCalls(env, pending.toolCalls);
  throwIfAborted(env);
  if (pending.toolCalls.length > 0 && !state.toolsUsedByAgent.includes(state.currentAgent.name)) {
    state.toolsUsedByAgent.push(state.currentAgent.name);
  }
  if (interruptions.length > 0) {
    state.nextStep = { type: 'interruption', interruptions };
    log.debug('interrupted: %d tool call(s) need approval', interruptions.length);
    env.tracing.endAgent();
    return true;
  }
  state.nextStep = { type: 'run_again' };
  if (pending.handoffCalls.length > 0) {
    await executeHandoff(env, pending.handoffCalls, pending.turnStartIndex);
    state.pendingTurn = undefined;
    return false;
  }
  const decision = await decideToolUse(env, results);
  if (decision.isFinalOutput) {
    await finish(env, decision.finalOutput, state.modelResponses.at(-1));
    return true;
  }
  state.pendingTurn = undefined;
  return false;
}

/** The agent loop: model turn, tools, handoffs, until a final output, an interruption or an error. */
export async function runLoop(env: RunEnv): Promise<void> {
  const { state } = env;
  while (state.nextStep.type !== 'final_output') {
    throwIfAborted(env);
    if (!env.tracing.hasAgentSpan) env.tracing.startAgent(state.currentAgent);
    if (state.pendingTurn) {
      if (await resolvePendingTurn(env)) return;
      continue;
    }
    const agent = state.currentAgent;
    if (!state.currentAgentStarted) {
      state.currentAgentStarted = true;
      agent.emit('agent_start', state.context, agent);
      env.hooks.emit('agent_start', state.context, agent);
      env.stream?.pushEvent({ type: 'agent_updated_stream_event', agent });
    }
    if (state.currentTurn >= state.maxTurns) {
      throw new MaxTurnsExceededError(`Max turns (${state.maxTurns}) exceeded.`);
    }
    state.currentTurn++;
    log.debug('turn %d of %d: agent %s', state.currentTurn, state.maxTurns, agent.name);
    const outcome = await runModelTurn(env);
    throwIfAborted(env);
    if (outcome.type === 'tools') continue;
    // Structured output needs a message to parse; without one the model gets another turn.
    if (outcome.text === undefined && agent.outputType !== 'text') continue;
    const output = parseFinalOutput(agent.outputType, outcome.text ?? '');
    await finish(env, output, outcome.response);
  }
}
