import type { Agent } from '../agent/agent';
import { getHandoff } from '../handoffs/create-handoff';
import type { ModelRequest, ModelResponse } from '../models/model';
import { getCurrentTrace, runWithTracingContext } from './context';
import { Span } from './span';
import type { FunctionSpanData, GenerationSpanData, GuardrailSpanData, SpanData } from './span-data';
import type { Trace } from './trace';
import { createTrace } from './with-trace';
import { getGlobalTraceProvider } from './trace-provider';

/** Tracing settings of one run. */
export interface RunTracingOptions {
  disabled?: boolean;
  includeSensitiveData?: boolean;
  workflowName?: string;
  traceId?: string;
  groupId?: string;
  metadata?: Record<string, string>;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The spans of one run: a trace (its own, or the caller's from `withTrace`), an agent span per
 * agent segment, and generation, function, handoff and guardrail spans under it.
 */
export class RunTracing {
  readonly #options: RunTracingOptions;
  #trace: Trace | undefined;
  #agentSpan: Span | undefined;

  constructor(options: RunTracingOptions) {
    this.#options = options;
  }

  get #enabled(): boolean {
    return !this.#options.disabled && !getGlobalTraceProvider().disabled;
  }

  get #sensitive(): boolean {
    return this.#options.includeSensitiveData ?? true;
  }

  /** Runs the whole run inside the caller's trace, or a new one named after the workflow. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (!this.#enabled) return task();
    const existing = getCurrentTrace();
    if (existing) {
      this.#trace = existing;
      return task();
    }
    const trace = createTrace(this.#options.workflowName ?? 'Agent workflow', {
      ...(this.#options.traceId ? { traceId: this.#options.traceId } : {}),
      ...(this.#options.groupId ? { groupId: this.#options.groupId } : {}),
      ...(this.#options.metadata ? { metadata: this.#options.metadata } : {}),
    });
    this.#trace = trace;
    trace.start();
    try {
      return await runWithTracingContext({ trace }, task);
    } finally {
      this.endAgent();
      trace.end();
    }
  }

  #span<TData extends SpanData>(data: TData, parent: Span | undefined): Span<TData> | undefined {
    if (!this.#trace) return undefined;
    return new Span(this.#trace, data, parent).start();
  }

  /** Opens the agent span of a new agent segment (closing the previous one). */
  startAgent(agent: Agent<any, any>): void {
    this.endAgent();
    this.#agentSpan = this.#span(
      {
        type: 'agent',
        name: agent.name,
        tools: agent.tools.map((entry) => entry.name),
        handoffs: agent.handoffs.map((entry) => getHandoff(entry as any).agentName),
        output_type: agent.outputType === 'text' ? 'text' : agent.outputSchemaName,
      },
      undefined,
    );
  }

  /** Whether an agent span is open. */
  get hasAgentSpan(): boolean {
    return this.#agentSpan !== undefined;
  }

  /** Closes the current agent span, recording an error if given. */
  endAgent(error?: unknown): void {
    if (!this.#agentSpan) return;
    if (error !== undefined) this.#agentSpan.setError({ message: errorMessage(error) });
    this.#agentSpan.end();
    this.#agentSpan = undefined;
  }

  async #within<T, TData extends SpanData>(
    data: TData,
    task: (span: Span<TData> | undefined) => Promise<T>,
  ): Promise<T> {
    const span = this.#span(data, this.#agentSpan);
    if (!span) return task(undefined);
    try {
      return await runWithTracingContext({ trace: span.trace, span }, () => task(span));
    } catch (error) {
      span.setError({ message: errorMessage(error) });
      throw error;
    } finally {
      span.end();
    }
  }

  /** Runs a model call in a generation span. */
  generation(model: string, request: ModelRequest, task: () => Promise<ModelResponse>): Promise<ModelResponse> {
    const data: GenerationSpanData = {
      type: 'generation',
      model,
      model_config: { ...request.modelSettings },
      ...(this.#sensitive ? { input: request.input } : {}),
    };
    return this.#within(data, async (span) => {
      const response = await task();
      if (span) {
        span.spanData.usage = {
          input_tokens: response.usage.inputTokens ?? 0,
          output_tokens: response.usage.outputTokens ?? 0,
        };
        if (this.#sensitive) span.spanData.output = response.output;
      }
      return response;
    });
  }

  /** Runs a tool call in a function span. */
  function<T>(name: string, input: string, task: () => Promise<T>): Promise<T> {
    const data: FunctionSpanData = { type: 'function', name, ...(this.#sensitive ? { input } : {}) };
    return this.#within(data, async (span) => {
      const output = await task();
      if (span && this.#sensitive) span.spanData.output = typeof output === 'string' ? output : JSON.stringify(output);
      return output;
    });
  }

  /** Runs a guardrail in a guardrail span. */
  guardrail<T extends { output: { tripwireTriggered: boolean } }>(name: string, task: () => Promise<T>): Promise<T> {
    const data: GuardrailSpanData = { type: 'guardrail', name, triggered: false };
    return this.#within(data, async (span) => {
      try {
        return await task();
      } catch (error) {
        if (span && (error as { result?: unknown }).result !== undefined) span.spanData.triggered = true;
        throw error;
      }
    });
  }

  /** Records a handoff. */
  handoff(fromAgent: string, toAgent: string): void {
    this.#span({ type: 'handoff', from_agent: fromAgent, to_agent: toAgent }, this.#agentSpan)?.end();
  }
}
