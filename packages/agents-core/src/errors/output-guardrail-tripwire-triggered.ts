import { AgentsError, type AgentsErrorOptions } from './agents-error';
import type { OutputGuardrailResult } from '../guardrails/output-guardrail';

/** Thrown when an output guardrail reports `tripwireTriggered: true`. */
export class OutputGuardrailTripwireTriggered<TResult = OutputGuardrailResult> extends AgentsError {
  override readonly code: string = 'output_guardrail_tripwire_triggered';
  /** The result of the guardrail that tripped. */
  readonly result: TResult;

  constructor(message: string, result: TResult, options?: AgentsErrorOptions) {
    super(message, options);
    this.result = result;
  }
}
