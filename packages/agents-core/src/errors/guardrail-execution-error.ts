import { AgentsError } from './agents-error';

/** Thrown when a guardrail function itself throws (as opposed to tripping). */
export class GuardrailExecutionError extends AgentsError {
  override readonly code: string = 'guardrail_execution_error';
}
