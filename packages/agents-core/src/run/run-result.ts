import type { Agent } from '../agent/agent';
import type { OutputOfType } from '../agent/output-type';
import type { InputGuardrailResult } from '../guardrails/input-guardrail';
import type { OutputGuardrailResult } from '../guardrails/output-guardrail';
import type { AgentInputItem } from '../items/protocol';
import { runItemToInputItem, type RunItem, type RunToolApprovalItem } from '../items/run-items';
import type { ModelResponse } from '../models/model';
import type { RunState } from './run-state';
import type { Usage } from './usage';

type AnyAgent = Agent<any, any>;

/** What every run result exposes; all fields read from the run state. */
export class RunResultBase<TContext, TAgent extends AnyAgent> {
  /** The run state: approve or reject interruptions here, then pass it to `run()` to resume. */
  readonly state: RunState<TContext, TAgent>;

  constructor(state: RunState<TContext, TAgent>) {
    this.state = state;
  }

  /** The input the run started with. */
  get input(): string | AgentInputItem[] {
    return this.state.originalInput;
  }

  /** The items the run produced. */
  get newItems(): RunItem[] {
    return this.state.generatedItems;
  }

  /** The input followed by the produced items, ready to be the next run's input. */
  get history(): AgentInputItem[] {
    return this.state.conversationItems();
  }

  /** The produced items as model input items. */
  get output(): AgentInputItem[] {
    return this.state.generatedItems.flatMap((item) => {
      const inputItem = runItemToInputItem(item);
      return inputItem ? [inputItem] : [];
    });
  }

  /** Every model response of the run, in order. */
  get rawResponses(): ModelResponse[] {
    return this.state.modelResponses;
  }

  /** The id of the last model response (for `previousResponseId`). */
  get lastResponseId(): string | undefined {
    return this.state.lastResponseId;
  }

  /** The agent that ran last. */
  get lastAgent(): TAgent {
    return this.state.currentAgent;
  }

  /** Tool calls waiting for approval; empty unless the run was interrupted. */
  get interruptions(): RunToolApprovalItem[] {
    return this.state.getInterruptions();
  }

  get inputGuardrailResults(): InputGuardrailResult[] {
    return this.state.inputGuardrailResults;
  }

  get outputGuardrailResults(): OutputGuardrailResult[] {
    return this.state.outputGuardrailResults;
  }

  /** Usage accumulated over the run. */
  get usage(): Usage {
    return this.state.context.usage;
  }

  /**
   * The final output: text, or the parsed and validated structured output. `undefined` while the
   * run is interrupted or has not finished.
   */
  get finalOutput(): OutputOfType<TAgent['outputType']> | undefined {
    return this.state.nextStep.type === 'final_output'
      ? (this.state.nextStep.output as OutputOfType<TAgent['outputType']>)
      : undefined;
  }
}

/** The result of a run that was not streamed. */
export class RunResult<TContext, TAgent extends AnyAgent> extends RunResultBase<TContext, TAgent> {}
