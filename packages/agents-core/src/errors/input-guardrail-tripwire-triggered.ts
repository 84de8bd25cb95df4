import { AgentsError, type AgentsErrorOptions } from './agents-error';
import type { InputGuardrailResult } from '../guardrails/input-guardrail';

/** Thrown when an input guardrail reports `tripwireTriggered: true`. */
export class InputGuardrailTripwireTriggered extends AgentsError {
  override readonly code: string = 'input_guardrail_tripwire_triggered';
  /** The result of the guardrail that tripped. */
  readonly result: InputGuardrailResult;

  constructor(message: string, result: InputGuardrailResult, options?: AgentsErrorOptions) {
    super(message, options);
    this.result = result;
  }
}
