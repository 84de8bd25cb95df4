import { generateTraceId } from './ids';
import type { TraceProvider } from './trace-provider';

/** Options of a trace. */
export interface TraceOptions {
  traceId?: string;
  /** Links traces of one conversation. */
  groupId?: string;
  metadata?: Record<string, string>;
}

/** One end-to-end operation (usually a run, or several runs under `withTrace`). */
export class Trace {
  readonly traceId: string;
  readonly name: string;
  readonly groupId: string | undefined;
  readonly metadata: Record<string, string>;
  startedAt: string | undefined;
  endedAt: string | undefined;
  readonly #provider: TraceProvider | undefined;

  /** A trace with no provider records nothing (tracing disabled). */
  constructor(name: string, options: TraceOptions = {}, provider?: TraceProvider) {
    this.name = name;
    this.traceId = options.traceId ?? generateTraceId();
    this.groupId = options.groupId;
    this.metadata = options.metadata ?? {};
    this.#provider = provider;
  }

  /** @internal The provider spans of this trace report to. */
  get provider(): TraceProvider | undefined {
    return this.#provider;
  }

  start(): void {
    if (this.startedAt) return;
    this.startedAt = new Date().toISOString();
    this.#provider?.traceStarted(this);
  }

  end(): void {
    if (this.endedAt || !this.startedAt) return;
    this.endedAt = new Date().toISOString();
    this.#provider?.traceEnded(this);
  }

  toJSON(): Record<string, unknown> {
    return {
      object: 'trace',
      id: this.traceId,
      workflow_name: this.name,
      group_id: this.groupId ?? null,
      metadata: this.metadata,
    };
  }
}
