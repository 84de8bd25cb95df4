import type { RunState } from '../run/run-state';

const AGENTS_ERROR_BRAND = Symbol.for('parley.agents.error');

/** Options every SDK error accepts. */
export interface AgentsErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
  /** The run state at the moment of failure, when the error comes out of a run. */
  state?: RunState<any, any>;
}

/**
 * Base class of every error the SDK throws. The `Symbol.for` brand lets two installed copies
 * of the package recognise each other's errors, where `instanceof` would not.
 */
export class AgentsError extends Error {
  /** A stable, machine-readable error code. */
  readonly code: string = 'agents_error';
  readonly [AGENTS_ERROR_BRAND] = true;
  /**
   * The run state when the error happened (set on errors thrown by a run), so a caller can inspect
   * it, for example `error.state.toString()` for a report.
   */
  state?: RunState<any, any>;

  constructor(message: string, options?: AgentsErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options?.state !== undefined) this.state = options.state;
  }

  /** True for any AgentsError, including one thrown by another copy of this package. */
  static isInstance(value: unknown): value is AgentsError {
    return typeof value === 'object' && value !== null && AGENTS_ERROR_BRAND in value;
  }
}
