import type { RunContext, UnknownContext } from '../run/run-context';
import type { FunctionCallItem } from '../items/protocol';
import type { JsonObjectSchema, ZodObjectLike } from './json-schema';

/** What a tool's parameters may be: a zod object, a raw JSON object schema, or nothing. */
export type ToolInputParameters = ZodObjectLike | JsonObjectSchema | undefined;

/** The arguments `execute` receives for given parameters: typed for zod, loose otherwise. */
export type ToolExecuteArgument<TParameters extends ToolInputParameters> =
  TParameters extends ZodObjectLike<infer TOutput>
    ? TOutput
    : TParameters extends JsonObjectSchema
      ? any
      : Record<string, never>;

/** Details of the call passed to `execute` and `invoke`. */
export interface ToolCallDetails {
  /** The model's call item, when the call came from a model. */
  toolCall?: FunctionCallItem;
  /** Aborts when the run is aborted or the tool's `timeout` passes. */
  signal?: AbortSignal;
}

/** Turns a tool failure into the text the model sees. */
export type ToolErrorFunction<TContext = UnknownContext> = (
  runContext: RunContext<TContext>,
  error: unknown,
) => string | Promise<string>;

/** Decides at call time whether a call needs a human decision. */
export type ToolApprovalFunction<TParameters extends ToolInputParameters, TContext = UnknownContext> = (
  runContext: RunContext<TContext>,
  input: ToolExecuteArgument<TParameters>,
  callId?: string,
) => boolean | Promise<boolean>;

/** A tool the model can call: a function with a JSON schema. */
export interface FunctionTool<
  TContext = UnknownContext,
  TParameters extends ToolInputParameters = undefined,
  TResult = unknown,
> {
  readonly type: 'function';
  /** The name the model calls the tool by. */
  name: string;
  description: string;
  /** The JSON schema of the arguments. */
  parameters: JsonObjectSchema;
  /** Whether the model is held to the schema exactly (OpenAI strict mode). */
  strict: boolean;
  /** Milliseconds after which a call fails, if set. */
  timeout?: number;
  /** Whether this call needs a human decision before it runs. */
  needsApproval(
    runContext: RunContext<TContext>,
    input: ToolExecuteArgument<TParameters>,
    callId?: string,
  ): Promise<boolean>;
  /**
   * Runs the tool with raw JSON arguments. Failures go through the tool's `errorFunction` and come
   * back as text, unless it is `null`, in which case they throw.
   */
  invoke(runContext: RunContext<TContext>, input: string, details?: ToolCallDetails): Promise<TResult | string>;
}

/** Any tool an agent can carry. */
export type Tool<TContext = UnknownContext> = FunctionTool<TContext, any, any>;
