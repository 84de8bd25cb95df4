import type { RunEnv } from '../run/run-env';

/** Runs a tool call inside a function span. */
export async function withFunctionSpan<T>(
  _env: RunEnv,
  _name: string,
  _input: string,
  task: () => Promise<T>,
): Promise<T> {
  return task();
}

/** Runs a whole run inside a trace. */
export async function withRunTrace<T>(_env: RunEnv, task: () => Promise<T>): Promise<T> {
  return task();
}

/** Runs an agent turn inside an agent span. */
export async function withAgentSpan<T>(_env: RunEnv, task: () => Promise<T>): Promise<T> {
  return task();
}

/** Runs a model call inside a generation span. */
export async function withGenerationSpan<T>(
  _env: RunEnv,
  _model: string,
  _request: unknown,
  task: () => Promise<T>,
): Promise<T> {
  return task();
}
