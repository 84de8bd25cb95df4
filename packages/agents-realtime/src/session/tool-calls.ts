import {
  RunToolApprovalItem,
  getHandoff,
  getTransferMessage,
  type FunctionTool,
  type RunContext,
} from '@parley/agents-core';
import type { RealtimeAgent } from '../agent/realtime-agent';
import type { RealtimeContextData } from '../agent/realtime-context';
import { RealtimeToolCallCancelledError } from '../errors/realtime-tool-call-cancelled-error';
import { logger } from '../logger';
import type { RealtimeItem } from '../protocol/items';
import type { TransportToolCallEvent } from '../transport/transport-events';
import type { RealtimeTransportLayer } from '../transport/transport-layer';
import type { TurnMetricsRecorder } from './metrics';
import type { RealtimeSessionEventTypes } from './session-events';

/** What the model is told when a tool call is rejected. */
export const REJECTION_MESSAGE = 'Tool execution was not approved.';

/** What the tool-call handler needs from its session. */
export interface ToolCallHost {
  readonly transport: RealtimeTransportLayer;
  readonly context: RunContext<RealtimeContextData<any>>;
  readonly metrics: TurnMetricsRecorder;
  readonly clock: () => number;
  currentAgent(): RealtimeAgent<any>;
  history(): RealtimeItem[];
  switchAgent(agent: RealtimeAgent<any>): Promise<unknown>;
  setToolOutput(toolCall: TransportToolCallEvent, output: string, status: 'completed' | 'incomplete'): void;
  emit<K extends keyof RealtimeSessionEventTypes<any>>(event: K, ...args: RealtimeSessionEventTypes<any>[K]): unknown;
  emitError(error: unknown): void;
}

type PendingApproval = {
  toolCall: TransportToolCallEvent;
  tool: FunctionTool<any, any, any>;
  agent: RealtimeAgent<any>;
};

function parseArguments(json: string): unknown {
  try {
    return json ? JSON.parse(json) : {};
  } catch {
    return {};
  }
}

/**
 * Runs the model's function calls for a session: handoffs switch the agent, tools run (after
 * approval when they need it) and their output goes back to the model. Outputs of calls that
 * began on a connection that has since dropped are not sent to a later connection.
 */
export class ToolCalls {
  #host: ToolCallHost;
  #pending = new Map<string, PendingApproval>();
  /** Bumped on every disconnect; a call remembers the generation it started in. */
  #generation = 0;

  constructor(host: ToolCallHost) {
    this.#host = host;
  }

  /** Handles one function call from the model. */
  async handle(toolCall: TransportToolCallEvent): Promise<void> {
    const host = this.#host;
    const agent = host.currentAgent();
    logger.debug(
      'function call %s (%s)%s',
      toolCall.name,
      toolCall.callId,
      logger.logToolData ? ` ${toolCall.arguments}` : '',
    );
    const handoff = agent.handoffs
      .map((entry) => getHandoff(entry as any))
      .find((candidate) => candidate.toolName === toolCall.name);
    if (handoff) {
      const next = (await handoff.onInvokeHandoff(host.context as any, toolCall.arguments)) as RealtimeAgent<any>;
      host.emit('agent_handoff', host.context, agent, next);
      await host.switchAgent(next);
      this.#respond(toolCall, getTransferMessage(next), 'completed');
      return;
    }
    const tool = (await agent.getAllTools(host.context)).find((candidate) => candidate.name === toolCall.name);
    if (!tool) {
      const message = `Tool '${toolCall.name}' not found.`;
      host.emitError(new RealtimeToolCallCancelledError(toolCall.name, toolCall.callId, message));
      this.#respond(toolCall, message, 'incomplete');
      return;
    }
    if (await tool.needsApproval(host.context, parseArguments(toolCall.arguments), toolCall.callId)) {
      const approved = host.context.isToolApproved({ toolName: tool.name, callId: toolCall.callId });
      if (approved === false) {
        this.#respond(toolCall, REJECTION_MESSAGE, 'incomplete');
        return;
      }
      if (approved === undefined) {
        const approvalItem = new RunToolApprovalItem(
          {
            type: 'function_call',
            callId: toolCall.callId,
            name: toolCall.name,
            arguments: toolCall.arguments,
            id: toolCall.id,
            status: 'completed',
          },
          agent,
          tool.name,
        );
        this.#pending.set(toolCall.callId, { toolCall, tool, agent });
        host.emit('tool_approval_requested', host.context, agent, { type: 'function_approval', tool, approvalItem });
        return;
      }
    }
    await this.#run(toolCall, tool, agent);
  }

  /** Approves a waiting call and runs it. */
  approve(approvalItem: RunToolApprovalItem, options: { alwaysApprove?: boolean } = {}): void {
    const pending = this.#take(approvalItem);
    this.#host.context.approveTool(approvalItem, options);
    if (pending) {
      this.#run(pending.toolCall, pending.tool, pending.agent).catch((error: unknown) => this.#host.emitError(error));
    }
  }

  /** Rejects a waiting call; the model is told it was not approved. */
  reject(approvalItem: RunToolApprovalItem, options: { alwaysReject?: boolean } = {}): void {
    const pending = this.#take(approvalItem);
    this.#host.context.rejectTool(approvalItem, options);
    if (pending) this.#respond(pending.toolCall, REJECTION_MESSAGE, 'incomplete');
  }

  /** The connection dropped: waiting approvals fail, running calls will not report to a new connection. */
  onDisconnected(report: boolean): void {
    this.#generation++;
    for (const pending of this.#pending.values()) {
      if (report) this.#fail(pending.toolCall, 'the connection closed while the call waited for approval');
    }
    this.#pending.clear();
  }

  #take(approvalItem: RunToolApprovalItem): PendingApproval | undefined {
    const pending = this.#pending.get(approvalItem.rawItem.callId);
    this.#pending.delete(approvalItem.rawItem.callId);
    return pending;
  }

  #fail(toolCall: TransportToolCallEvent, why: string): void {
    this.#host.emitError(
      new RealtimeToolCallCancelledError(toolCall.name, toolCall.callId, `Tool call '${toolCall.name}' failed: ${why}`),
    );
  }

  #respond(toolCall: TransportToolCallEvent, output: string, status: 'completed' | 'incomplete'): void {
    this.#host.setToolOutput(toolCall, output, status);
    this.#host.transport.sendFunctionCallOutput(toolCall, output, true);
  }

  async #run(
    toolCall: TransportToolCallEvent,
    tool: FunctionTool<any, any, any>,
    agent: RealtimeAgent<any>,
  ): Promise<void> {
    const host = this.#host;
    const generation = this.#generation;
    // Tools see a snapshot: later changes to the history do not leak into a running call.
    host.context.context.history = structuredClone(host.history());
    host.emit('agent_tool_start', host.context, agent, tool, { toolCall });
    const startedAt = host.clock();
    let output: string;
    try {
      const result = await tool.invoke(host.context, toolCall.arguments, {
        toolCall: {
          type: 'function_call',
          callId: toolCall.callId,
          name: toolCall.name,
          arguments: toolCall.arguments,
          id: toolCall.id,
        },
      });
      output = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    } catch (error) {
      // A tool that throws (even with errorFunction: null) must not stall the conversation.
      host.emitError(error);
      output = `An error occurred while running the tool: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      host.metrics.toolRan(host.clock() - startedAt);
    }
    host.emit('agent_tool_end', host.context, agent, tool, output, { toolCall });
    if (generation !== this.#generation || host.transport.status !== 'connected') {
      this.#fail(toolCall, 'the connection closed before its output could be sent');
      return;
    }
    host.metrics.toolOutputSent();
    this.#respond(toolCall, output, 'completed');
  }
}
