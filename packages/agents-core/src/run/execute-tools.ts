import type { FunctionToolResult } from '../agent/tool-use-behavior';
import { ModelBehaviorError } from '../errors/model-behavior-error';
import { functionCallResult } from '../items/helpers';
import type { FunctionCallItem } from '../items/protocol';
import { RunToolApprovalItem, RunToolCallOutputItem, type RunItem } from '../items/run-items';
import type { Tool } from '../tools/tool-types';
import { finalOutputText } from './final-output';
import { addItems, type RunEnv } from './run-env';

/** The text the model gets for a call a human rejected. */
export const TOOL_REJECTED_MESSAGE = 'Tool execution was not approved.';

function parseArgumentsLoosely(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return {};
  }
}

/** The outcome of a turn's tool calls. */
export interface ToolCallsOutcome {
  results: FunctionToolResult[];
  interruptions: RunToolApprovalItem[];
}

/**
 * Runs the calls of the pending turn that have no output yet, in parallel. Calls needing a
 * decision that nobody made yet become approval items instead.
 */
export async function executeToolCalls(env: RunEnv, calls: FunctionCallItem[]): Promise<ToolCallsOutcome> {
  const { state } = env;
  const agent = state.currentAgent;
  const tools = await agent.getAllTools(state.context);
  const byName = new Map<string, Tool<unknown>>(tools.map((entry) => [entry.name, entry]));
  const outputs = new Map<string, RunToolCallOutputItem>();
  const approvals = new Map<string, RunToolApprovalItem>();
  for (const item of state.generatedItems) {
    if (item.type === 'tool_call_output_item') outputs.set(item.rawItem.callId, item);
    if (item.type === 'tool_approval_item') approvals.set(item.rawItem.callId, item);
  }

  const perCall = await Promise.all(
    calls.map(
      async (
        call,
      ): Promise<{ items: RunItem[]; result: FunctionToolResult | undefined; pending?: RunToolApprovalItem }> => {
        const tool = byName.get(call.name);
        if (!tool) throw new ModelBehaviorError(`Tool ${call.name} not found in agent ${agent.name}.`);
        const existing = outputs.get(call.callId);
        if (existing)
          return { items: [], result: { type: 'function_output', tool, output: existing.output, runItem: existing } };

        if (await tool.needsApproval(state.context, parseArgumentsLoosely(call.arguments), call.callId)) {
          const approved = state.context.isToolApproved({ toolName: tool.name, callId: call.callId });
          if (approved === undefined) {
            const known = approvals.get(call.callId);
            const approvalItem = known ?? new RunToolApprovalItem(call, agent, tool.name);
            return { items: known ? [] : [approvalItem], result: undefined, pending: approvalItem };
          }
          if (approved === false) {
            const runItem = new RunToolCallOutputItem(
              functionCallResult(call.callId, call.name, TOOL_REJECTED_MESSAGE),
              agent,
              TOOL_REJECTED_MESSAGE,
            );
            return {
              items: [runItem],
              result: { type: 'function_output', tool, output: TOOL_REJECTED_MESSAGE, runItem },
            };
          }
        }

        const details = { toolCall: call };
        agent.emit('agent_tool_start', state.context, tool, details);
        env.hooks.emit('agent_tool_start', state.context, agent, tool, details);
        const output = await env.tracing.function(tool.name, call.arguments, () =>
          tool.invoke(state.context, call.arguments, { toolCall: call, ...(env.signal ? { signal: env.signal } : {}) }),
        );
        const text = finalOutputText(output);
        agent.emit('agent_tool_end', state.context, tool, text, details);
        env.hooks.emit('agent_tool_end', state.context, agent, tool, text, details);
        const runItem = new RunToolCallOutputItem(functionCallResult(call.callId, call.name, text), agent, output);
        return { items: [runItem], result: { type: 'function_output', tool, output, runItem } };
      },
    ),
  );

  // Items are added in call order, whatever order the tools finished in.
  const outcome: ToolCallsOutcome = { results: [], interruptions: [] };
  for (const entry of perCall) {
    addItems(env, entry.items);
    if (entry.result) outcome.results.push(entry.result);
    if (entry.pending) outcome.interruptions.push(entry.pending);
  }
  return outcome;
}
