/** What an agent span records. */
export interface AgentSpanData {
  type: 'agent';
  name: string;
  handoffs?: string[];
  tools?: string[];
  output_type?: string;
}

/** What a generation (model call) span records. */
export interface GenerationSpanData {
  type: 'generation';
  model?: string;
  model_config?: Record<string, unknown>;
  input?: unknown;
  output?: unknown;
  usage?: Record<string, number>;
}

/** What a function tool span records. */
export interface FunctionSpanData {
  type: 'function';
  name: string;
  input?: string;
  output?: string;
}

/** What a handoff span records. */
export interface HandoffSpanData {
  type: 'handoff';
  from_agent?: string;
  to_agent?: string;
}

/** What a guardrail span records. */
export interface GuardrailSpanData {
  type: 'guardrail';
  name: string;
  triggered: boolean;
}

/** A span of your own. */
export interface CustomSpanData {
  type: 'custom';
  name: string;
  data: Record<string, unknown>;
}

/** Any span's data. */
export type SpanData =
  | AgentSpanData
  | GenerationSpanData
  | FunctionSpanData
  | HandoffSpanData
  | GuardrailSpanData
  | CustomSpanData;
