import { AgentsError } from './agents-error';

/**
 * Thrown when the model does something the run cannot accept: invalid JSON arguments, an unknown
 * tool name, structured output that fails validation.
 */
export class ModelBehaviorError extends AgentsError {
  override readonly code: string = 'model_behavior_error';
}
