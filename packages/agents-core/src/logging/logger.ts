import createDebug from 'debug';

/** A namespaced logger. Silent unless enabled with `DEBUG=parley:core*`. */
export interface Logger {
  /** The `debug` namespace, for example `parley:core:runner`. */
  readonly namespace: string;
  debug(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
  /** False unless `PARLEY_LOG_MODEL_DATA=1`: model inputs and outputs stay out of the logs. */
  readonly logModelData: boolean;
  /** False unless `PARLEY_LOG_TOOL_DATA=1`: tool arguments and results stay out of the logs. */
  readonly logToolData: boolean;
}

function readFlag(name: string): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === '1' || value === 'true';
}

/**
 * Returns a logger under the `parley:core` namespace. Messages must never contain API keys; model
 * and tool payloads are only logged when the user opts in through the environment flags.
 */
export function getLogger(namespace = 'parley:core'): Logger {
  const base = createDebug(namespace);
  const warn = createDebug(`${namespace}:warn`);
  const error = createDebug(`${namespace}:error`);
  return {
    namespace,
    debug: (message, ...args) => base(message, ...args),
    warn: (message, ...args) => warn(message, ...args),
    error: (message, ...args) => error(message, ...args),
    logModelData: readFlag('PARLEY_LOG_MODEL_DATA'),
    logToolData: readFlag('PARLEY_LOG_TOOL_DATA'),
  };
}

/** The package's default logger. */
export const logger = getLogger('parley:core');
