import type { RunContext } from '../run/run-context';

/** The default `errorFunction`: the model is told what went wrong and the run goes on. */
export function defaultToolErrorFunction(_runContext: RunContext<unknown>, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `An error occurred while running the tool. Please try again. Error: ${message}`;
}
