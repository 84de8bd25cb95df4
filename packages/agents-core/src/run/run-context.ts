import { Usage } from './usage';
import type { RunToolApprovalItem } from '../items/run-items';

/** Context a run starts with when none is given. */
export type UnknownContext = unknown;

/** Approval decisions for one tool: `true` means "always", a list names single calls. */
export interface ApprovalRecord {
  approved: boolean | string[];
  rejected: boolean | string[];
}

/**
 * What tools, guardrails, instructions and hooks receive during a run: the user's own `context`
 * object, the usage so far, and the approval decisions for tools that need them.
 */
export class RunContext<TContext = UnknownContext> {
  /** The object passed as `context` to the run. The SDK never reads or changes it. */
  context: TContext;
  /** Usage accumulated by the run so far. */
  usage: Usage;
  #approvals = new Map<string, ApprovalRecord>();

  constructor(context: TContext = {} as TContext) {
    this.context = context;
    this.usage = new Usage();
  }

  /**
   * Whether a tool call is approved: `true`, `false` (rejected), or `undefined` when nobody has
   * decided yet.
   */
  isToolApproved({ toolName, callId }: { toolName: string; callId: string }): boolean | undefined {
    const record = this.#approvals.get(toolName);
    if (!record) return undefined;
    if (record.approved === true) return true;
    if (record.rejected === true) return false;
    if (Array.isArray(record.approved) && record.approved.includes(callId)) return true;
    if (Array.isArray(record.rejected) && record.rejected.includes(callId)) return false;
    return undefined;
  }

  /** Approves a call; with `alwaysApprove`, every later call of the same tool too. */
  approveTool(approvalItem: RunToolApprovalItem, { alwaysApprove = false }: { alwaysApprove?: boolean } = {}): void {
    const record = this.#record(approvalItem.toolName);
    const callId = approvalItem.rawItem.callId;
    if (alwaysApprove) {
      record.approved = true;
      record.rejected = [];
      return;
    }
    if (Array.isArray(record.approved)) record.approved.push(callId);
    if (Array.isArray(record.rejected)) record.rejected = record.rejected.filter((id) => id !== callId);
  }

  /** Rejects a call; with `alwaysReject`, every later call of the same tool too. */
  rejectTool(approvalItem: RunToolApprovalItem, { alwaysReject = false }: { alwaysReject?: boolean } = {}): void {
    const record = this.#record(approvalItem.toolName);
    const callId = approvalItem.rawItem.callId;
    if (alwaysReject) {
      record.rejected = true;
      record.approved = [];
      return;
    }
    if (Array.isArray(record.rejected)) record.rejected.push(callId);
    if (Array.isArray(record.approved)) record.approved = record.approved.filter((id) => id !== callId);
  }

  #record(toolName: string): ApprovalRecord {
    let record = this.#approvals.get(toolName);
    if (!record) {
      record = { approved: [], rejected: [] };
      this.#approvals.set(toolName, record);
    }
    return record;
  }

  /** Replaces the approval decisions, as when a run state is restored. */
  rebuildApprovals(approvals: Record<string, ApprovalRecord>): void {
    this.#approvals = new Map(
      Object.entries(approvals).map(([name, record]) => [
        name,
        {
          approved: Array.isArray(record.approved) ? [...record.approved] : record.approved,
          rejected: Array.isArray(record.rejected) ? [...record.rejected] : record.rejected,
        },
      ]),
    );
  }

  /** A JSON-safe snapshot: the context, the usage and the approvals. */
  toJSON(): { context: TContext; usage: Usage; approvals: Record<string, ApprovalRecord> } {
    return { context: this.context, usage: this.usage, approvals: Object.fromEntries(this.#approvals) };
  }
}
