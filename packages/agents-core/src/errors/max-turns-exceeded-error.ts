import { AgentsError } from './agents-error';

/** Thrown when a run uses more model turns than `maxTurns` allows. */
export class MaxTurnsExceededError extends AgentsError {
  override readonly code: string = 'max_turns_exceeded';
}
