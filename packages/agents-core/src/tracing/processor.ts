import type { Span } from './span';
import type { Trace } from './trace';

/** Receives traces and spans as they start and end. Export them wherever you like. */
export interface TracingProcessor {
  onTraceStart(trace: Trace): void | Promise<void>;
  onTraceEnd(trace: Trace): void | Promise<void>;
  onSpanStart(span: Span): void | Promise<void>;
  onSpanEnd(span: Span): void | Promise<void>;
  /** Flushes buffered data; called by `forceFlush()` on the provider. */
  forceFlush?(): void | Promise<void>;
  shutdown?(): void | Promise<void>;
}
