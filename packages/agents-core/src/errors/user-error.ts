import { AgentsError } from './agents-error';

/** Thrown when the SDK is used incorrectly: a bad option, a missing key, an unknown agent. */
export class UserError extends AgentsError {
  override readonly code: string = 'user_error';
}
