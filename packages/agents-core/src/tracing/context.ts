import type { Span } from './span';
import type { Trace } from './trace';

/** The tracing context of the current async call chain. */
export interface TracingContext {
  trace: Trace;
  span?: Span;
}

interface Store {
  getStore(): TracingContext | undefined;
  run<T>(context: TracingContext, task: () => T): T;
}

/**
 * Uses Node's AsyncLocalStorage when the runtime offers it, found through
 * `process.getBuiltinModule` so no `node:` import reaches browser bundles. Elsewhere a simple
 * stack is used: correct for sequential code, approximate when traced work interleaves.
 */
function createStore(): Store {
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const hooks = nodeProcess?.getBuiltinModule?.('node:async_hooks') as
    | { AsyncLocalStorage: new () => Store }
    | undefined;
  if (hooks?.AsyncLocalStorage) return new hooks.AsyncLocalStorage();
  const stack: TracingContext[] = [];
  return {
    getStore: () => stack.at(-1),
    run<T>(context: TracingContext, task: () => T): T {
      stack.push(context);
      const result = task();
      if (result instanceof Promise) {
        return result.finally(() => stack.splice(stack.lastIndexOf(context), 1)) as T;
      }
      stack.splice(stack.lastIndexOf(context), 1);
      return result;
    },
  };
}

const store = createStore();

/** The tracing context of the caller, if any. */
export function getTracingContext(): TracingContext | undefined {
  return store.getStore();
}

/** Runs `task` with `context` as the current tracing context. */
export function runWithTracingContext<T>(context: TracingContext, task: () => T): T {
  return store.run(context, task);
}

/** The trace the caller runs in, if any. */
export function getCurrentTrace(): Trace | undefined {
  return store.getStore()?.trace;
}

/** The span the caller runs in, if any. */
export function getCurrentSpan(): Span | undefined {
  return store.getStore()?.span;
}
