const AGENTS_ERROR_BRAND = Symbol.for('parley.agents.error');

/**
 * Base class of every error the SDK throws. The `Symbol.for` brand lets two installed copies
 * of the package recognise each other's errors, where `instanceof` would not.
 */
export class AgentsError extends Error {
  /** A stable, machine-readable error code. */
  readonly code: string = 'agents_error';
  readonly [AGENTS_ERROR_BRAND] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  /** True for any AgentsError, including one thrown by another copy of this package. */
  static isInstance(value: unknown): value is AgentsError {
    return typeof value === 'object' && value !== null && AGENTS_ERROR_BRAND in value;
  }
}
