import { generateSpanId } from './ids';
import type { SpanData } from './span-data';
import type { Trace } from './trace';

/** An error recorded on a span. */
export interface SpanError {
  message: string;
  data?: Record<string, unknown>;
}

/** A timed piece of work inside a trace. */
export class Span<TData extends SpanData = SpanData> {
  readonly spanId: string;
  readonly traceId: string;
  readonly parentId: string | undefined;
  readonly spanData: TData;
  readonly trace: Trace;
  startedAt: string | undefined;
  endedAt: string | undefined;
  error: SpanError | undefined;

  constructor(trace: Trace, data: TData, parent?: Span) {
    this.trace = trace;
    this.traceId = trace.traceId;
    this.spanId = generateSpanId();
    this.parentId = parent?.spanId;
    this.spanData = data;
  }

  start(): this {
    if (this.startedAt) return this;
    this.startedAt = new Date().toISOString();
    this.trace.provider?.spanStarted(this);
    return this;
  }

  end(): void {
    if (this.endedAt || !this.startedAt) return;
    this.endedAt = new Date().toISOString();
    this.trace.provider?.spanEnded(this);
  }

  setError(error: SpanError): void {
    this.error = error;
  }

  toJSON(): Record<string, unknown> {
    return {
      object: 'trace.span',
      id: this.spanId,
      trace_id: this.traceId,
      parent_id: this.parentId ?? null,
      started_at: this.startedAt ?? null,
      ended_at: this.endedAt ?? null,
      span_data: this.spanData,
      error: this.error ?? null,
    };
  }
}
