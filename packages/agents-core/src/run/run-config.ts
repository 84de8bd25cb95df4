import type { HandoffInputFilter } from '../handoffs/handoff';
import type { InputGuardrail } from '../guardrails/input-guardrail';
import type { OutputGuardrail } from '../guardrails/output-guardrail';
import type { Model, ModelProvider } from '../models/model';
import type { ModelSettings } from '../models/model-settings';

/** Settings of a `Runner`, applied to every run it starts. */
export interface RunConfig {
  /** Overrides every agent's model. */
  model?: string | Model;
  /** Resolves model names. @default the default model provider */
  modelProvider?: ModelProvider;
  /** Defaults under each agent's own `modelSettings`. */
  modelSettings?: ModelSettings;
  /** Applied to handoffs that have no `inputFilter` of their own. */
  handoffInputFilter?: HandoffInputFilter;
  /** Run before the first agent's first turn, alongside the agent's own. */
  inputGuardrails?: InputGuardrail<any>[];
  /** Run on every final output, alongside the agent's own. */
  outputGuardrails?: OutputGuardrail<any, any>[];
  /** Turn tracing off for runs of this runner. @default false */
  tracingDisabled?: boolean;
  /** Include model and tool payloads in spans. @default true */
  traceIncludeSensitiveData?: boolean;
  /** The trace name. @default 'Agent workflow' */
  workflowName?: string;
  traceId?: string;
  groupId?: string;
  traceMetadata?: Record<string, string>;
}
