import { AgentsError, type AgentsErrorOptions } from './agents-error';

/** Thrown when a model endpoint answers with an HTTP error or a failed response. */
export class ModelHttpError extends AgentsError {
  override readonly code: string = 'model_http_error';
  /** The HTTP status, when the failure was an HTTP error. */
  readonly status: number | undefined;
  /** The API's own error code (for example `rate_limit_exceeded`), when it gave one. */
  readonly apiCode: string | undefined;

  constructor(message: string, options: AgentsErrorOptions & { status?: number; apiCode?: string }) {
    super(message, options);
    this.status = options.status;
    this.apiCode = options.apiCode;
  }
}
