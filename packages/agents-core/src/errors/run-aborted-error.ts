import { AgentsError } from './agents-error';

/** Thrown when a run is stopped through its `signal`. The original abort reason is the `cause`. */
export class RunAbortedError extends AgentsError {
  override readonly code: string = 'run_aborted';
}
