import { getHandoff } from '../handoffs/create-handoff';
import { getTransferMessage } from '../handoffs/handoff';
import { ModelBehaviorError } from '../errors/model-behavior-error';
import { functionCallResult } from '../items/helpers';
import type { FunctionCallItem } from '../items/protocol';
import { RunHandoffOutputItem, RunToolCallOutputItem } from '../items/run-items';
import { addItems, type RunEnv } from './run-env';
import { getLogger } from '../logging/logger';

const log = getLogger('parley:core:runner');

/** The text the model gets for extra handoff calls in one turn: only the first one counts. */
export const IGNORED_HANDOFF_MESSAGE = 'Multiple handoffs detected, ignoring this one.';

/** Runs the first handoff call of a turn and makes its target the current agent. */
export async function executeHandoff(env: RunEnv, calls: FunctionCallItem[], turnStartIndex: number): Promise<void> {
  const { state } = env;
  const agent = state.currentAgent;
  const [first, ...ignored] = calls;
  if (!first) return;
  const handoffs = agent.handoffs.map((entry) => getHandoff(entry as any));
  const target = handoffs.find((entry) => entry.toolName === first.name);
  if (!target) throw new ModelBehaviorError(`Handoff ${first.name} not found in agent ${agent.name}.`);

  addItems(
    env,
    ignored.map(
      (call) =>
        new RunToolCallOutputItem(
          functionCallResult(call.callId, call.name, IGNORED_HANDOFF_MESSAGE),
          agent,
          IGNORED_HANDOFF_MESSAGE,
        ),
    ),
  );
  const nextAgent = await target.onInvokeHandoff(state.context, first.arguments);
  addItems(env, [
    new RunHandoffOutputItem(
      functionCallResult(first.callId, first.name, getTransferMessage(nextAgent)),
      agent,
      nextAgent,
    ),
  ]);
  agent.emit('agent_handoff', state.context, nextAgent);
  env.hooks.emit('agent_handoff', state.context, agent, nextAgent);
  env.tracing.handoff(agent.name, nextAgent.name);
  log.debug('handoff from %s to %s', agent.name, nextAgent.name);

  const inputFilter = target.inputFilter ?? env.config.handoffInputFilter;
  if (inputFilter) {
    const filtered = inputFilter({
      inputHistory: state.originalInput,
      preHandoffItems: state.generatedItems.slice(0, turnStartIndex),
      newItems: state.generatedItems.slice(turnStartIndex),
    });
    state.originalInput = filtered.inputHistory;
    state.generatedItems = [...filtered.preHandoffItems, ...filtered.newItems];
  }
  env.tracing.endAgent();
  state.currentAgent = nextAgent;
  state.currentAgentStarted = false;
}
