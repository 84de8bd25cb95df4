import { getLogger } from '../logging/logger';
import type { TracingProcessor } from './processor';
import type { Span } from './span';
import type { Trace } from './trace';

const log = getLogger('parley:core:tracing');

/**
 * Holds the processors and the global on/off switch. Processors are called in order; one that
 * throws or rejects is logged and skipped, so tracing can never break a run.
 */
export class TraceProvider {
  #processors: TracingProcessor[] = [];
  #disabled = false;

  get disabled(): boolean {
    return this.#disabled;
  }

  setDisabled(disabled: boolean): void {
    this.#disabled = disabled;
  }

  addProcessor(processor: TracingProcessor): void {
    this.#processors.push(processor);
  }

  setProcessors(processors: TracingProcessor[]): void {
    this.#processors = [...processors];
  }

  get processors(): readonly TracingProcessor[] {
    return this.#processors;
  }

  #call(method: 'onTraceStart' | 'onTraceEnd' | 'onSpanStart' | 'onSpanEnd', value: Trace | Span): void {
    for (const processor of this.#processors) {
      try {
        const result = (processor[method] as (value: Trace | Span) => void | Promise<void>).call(processor, value);
        if (result instanceof Promise)
          result.catch((error: unknown) => log.error('trace processor %s failed: %o', method, error));
      } catch (error) {
        log.error('trace processor %s failed: %o', method, error);
      }
    }
  }

  /** @internal */
  traceStarted(trace: Trace): void {
    this.#call('onTraceStart', trace);
  }
  /** @internal */
  traceEnded(trace: Trace): void {
    this.#call('onTraceEnd', trace);
  }
  /** @internal */
  spanStarted(span: Span): void {
    this.#call('onSpanStart', span);
  }
  /** @internal */
  spanEnded(span: Span): void {
    this.#call('onSpanEnd', span);
  }

  /** Asks every processor to flush. */
  async forceFlush(): Promise<void> {
    await Promise.all(this.#processors.map((processor) => processor.forceFlush?.()));
  }

  /** Shuts every processor down. */
  async shutdown(): Promise<void> {
    await Promise.all(this.#processors.map((processor) => processor.shutdown?.()));
  }
}

const globalProvider = new TraceProvider();

/** The process-wide trace provider. */
export function getGlobalTraceProvider(): TraceProvider {
  return globalProvider;
}

/** Adds a processor that receives every trace and span. */
export function addTraceProcessor(processor: TracingProcessor): void {
  globalProvider.addProcessor(processor);
}

/** Replaces all processors (an empty list sends traces nowhere, the default). */
export function setTraceProcessors(processors: TracingProcessor[]): void {
  globalProvider.setProcessors(processors);
}

/** Turns tracing off (or on again) for every run. */
export function setTracingDisabled(disabled: boolean): void {
  globalProvider.setDisabled(disabled);
}
