import type { Agent } from '../agent/agent';
import type { RunItem } from '../items/run-items';
import type { Session } from '../memory/session';
import type { RunTracing } from '../tracing/run-tracing';
import type { RunHooks } from './run-hooks';
import type { RunState } from './run-state';
import type { RunConfig } from './run-config';
import type { StreamedRunResult } from './streamed-run-result';
import { itemEventName } from './stream-events';

export type AnyAgent = Agent<any, any>;

/** What one run's loop works with. */
export interface RunEnv {
  config: RunConfig;
  hooks: RunHooks<unknown>;
  state: RunState<unknown, AnyAgent>;
  signal: AbortSignal | undefined;
  stream: StreamedRunResult<unknown, AnyAgent> | undefined;
  session: Session | undefined;
  tracing: RunTracing;
  /** Whether input guardrails still have to run (first turn of a fresh run). */
  runInputGuardrails: boolean;
}

/** Appends items to the run and, when streaming, announces each one. */
export function addItems(env: RunEnv, items: RunItem[]): void {
  for (const item of items) {
    env.state.generatedItems.push(item);
    env.stream?.pushEvent({ type: 'run_item_stream_event', name: itemEventName(item), item });
  }
}
