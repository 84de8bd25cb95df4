import type { TracingProcessor } from './processor';
import type { Span } from './span';
import type { Trace } from './trace';

/**
 * Prints traces and spans as they end, one line each, for local debugging. Opt in with
 * `addTraceProcessor(new ConsoleTraceProcessor())`.
 */
export class ConsoleTraceProcessor implements TracingProcessor {
  readonly #write: (line: string) => void;

  /** @param write where lines go. @default console.log */
  constructor(write: (line: string) => void = (line) => console.log(line)) {
    this.#write = write;
  }

  onTraceStart(trace: Trace): void {
    this.#write(`[trace] start ${trace.name} (${trace.traceId})`);
  }

  onTraceEnd(trace: Trace): void {
    this.#write(`[trace] end ${trace.name} (${trace.traceId})`);
  }

  onSpanStart(): void {
    // Spans are printed when they end, with their outcome.
  }

  onSpanEnd(span: Span): void {
    const data = span.spanData;
    const label = 'name' in data && data.name ? `${data.type} ${data.name}` : data.type;
    const error = span.error ? ` error: ${span.error.message}` : '';
    this.#write(`[span] ${label} (${span.spanId} in ${span.traceId})${error}`);
  }
}
