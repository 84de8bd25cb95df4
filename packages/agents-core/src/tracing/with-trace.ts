import { getCurrentSpan, getCurrentTrace, runWithTracingContext } from './context';
import { Span } from './span';
import type { CustomSpanData, SpanData } from './span-data';
import { Trace, type TraceOptions } from './trace';
import { getGlobalTraceProvider } from './trace-provider';

/** Creates a trace that reports to the global provider (or records nothing while tracing is disabled). */
export function createTrace(name: string, options: TraceOptions = {}): Trace {
  const provider = getGlobalTraceProvider();
  return new Trace(name, options, provider.disabled ? undefined : provider);
}

/**
 * Runs `task` inside a trace, so every run it starts (and every span it creates) joins that one
 * trace instead of starting its own.
 *
 * @example
 * await withTrace('Joke workflow', async () => {
 *   const first = await run(agent, 'Tell me a joke');
 *   await run(agent, `Rate this joke: ${first.finalOutput}`);
 * });
 */
export async function withTrace<T>(
  trace: string | Trace,
  task: (trace: Trace) => T | Promise<T>,
  options: TraceOptions = {},
): Promise<T> {
  const active = typeof trace === 'string' ? createTrace(trace, options) : trace;
  active.start();
  try {
    return await runWithTracingContext({ trace: active }, () => task(active));
  } finally {
    active.end();
  }
}

/** Creates (but does not start) a span under the current span or trace; undefined outside any trace. */
export function createSpan<TData extends SpanData>(data: TData, parent?: Span): Span<TData> | undefined {
  const trace = parent?.trace ?? getCurrentTrace();
  if (!trace) return undefined;
  return new Span(trace, data, parent ?? getCurrentSpan());
}

/**
 * Runs `task` in a custom span under the current span or trace. Outside a trace the task simply
 * runs.
 */
export async function withCustomSpan<T>(
  name: string,
  task: (span: Span<CustomSpanData> | undefined) => T | Promise<T>,
  data: Record<string, unknown> = {},
): Promise<T> {
  const span = createSpan<CustomSpanData>({ type: 'custom', name, data });
  if (!span) return task(undefined);
  span.start();
  try {
    return await runWithTracingContext({ trace: span.trace, span }, () => task(span));
  } catch (error) {
    span.setError({ message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}
