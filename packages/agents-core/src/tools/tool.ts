import { ModelBehaviorError } from '../errors/model-behavior-error';
import { ToolCallError } from '../errors/tool-call-error';
import { UserError } from '../errors/user-error';
import { getLogger } from '../logging/logger';
import type { RunContext, UnknownContext } from '../run/run-context';
import { defaultToolErrorFunction } from './default-tool-error';
import { isZodObject, strictSchemaProblem, zodToJsonSchema, type JsonObjectSchema } from './json-schema';
import { runWithTimeout } from './run-with-timeout';
import type {
  FunctionTool,
  ToolApprovalFunction,
  ToolCallDetails,
  ToolErrorFunction,
  ToolExecuteArgument,
  ToolInputParameters,
} from './tool-types';

const log = getLogger('parley:core:tool');

/** Options of `tool()`. */
export interface ToolOptions<TParameters extends ToolInputParameters, TContext = UnknownContext, TResult = unknown> {
  /**
   * The name the model calls the tool by; characters other than letters, digits, `_` and `-`
   * become `_`. @default the name of `execute`
   */
  name?: string;
  /** What the tool does and when to use it. @default '' */
  description?: string;
  /** A zod object, or a raw JSON object schema together with `strict: false`. @default no arguments */
  parameters?: TParameters;
  /** Hold the model to the schema exactly. @default true */
  strict?: boolean;
  /** Runs the tool with validated arguments, the run context and the call details. */
  execute: (
    input: ToolExecuteArgument<TParameters>,
    runContext?: RunContext<TContext>,
    details?: ToolCallDetails,
  ) => TResult | Promise<TResult>;
  /** Ask a human before running: always, or when the predicate says so. @default false */
  needsApproval?: boolean | ToolApprovalFunction<TParameters, TContext>;
  /**
   * Turns a failure into text for the model. `null` rethrows instead (as `ToolCallError`, or
   * `ModelBehaviorError` for bad arguments). @default the error message goes back to the model
   */
  errorFunction?: ToolErrorFunction<TContext> | null;
  /** Milliseconds after which the call fails and its signal aborts. @default no timeout */
  timeout?: number;
}

const EMPTY_PARAMETERS: JsonObjectSchema = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};

function resolveParameters(parameters: ToolInputParameters, strict: boolean, name: string): JsonObjectSchema {
  if (parameters === undefined) return EMPTY_PARAMETERS;
  if (isZodObject(parameters)) {
    const schema = zodToJsonSchema(parameters) as JsonObjectSchema;
    const problem = strict ? strictSchemaProblem(schema) : undefined;
    if (problem) throw new UserError(`Tool "${name}": ${problem}, or pass strict: false.`);
    return schema;
  }
  if (typeof parameters !== 'object' || (parameters as { type?: unknown }).type !== 'object') {
    throw new UserError(`Tool "${name}": parameters must be a zod object or a JSON schema of type "object".`);
  }
  const problem = strict ? strictSchemaProblem(parameters) : undefined;
  if (problem) throw new UserError(`Tool "${name}": ${problem}, or pass strict: false.`);
  return parameters as JsonObjectSchema;
}

/**
 * Parses and validates raw JSON arguments. Throws `ModelBehaviorError` with a message meant for
 * the model when they are not valid.
 */
function parseArguments(parameters: ToolInputParameters, raw: string, name: string): unknown {
  let value: unknown;
  try {
    value = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch (error) {
    throw new ModelBehaviorError(`Invalid JSON input for tool ${name}: ${raw}`, { cause: error });
  }
  if (isZodObject(parameters)) {
    const parsed = parameters.safeParse(value);
    if (!parsed.success) {
      throw new ModelBehaviorError(`Invalid arguments for tool ${name}: ${parsed.error.message}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ModelBehaviorError(`Invalid arguments for tool ${name}: expected a JSON object, got ${raw}`);
  }
  return value;
}

/**
 * Defines a function tool.
 *
 * @example
 * const getWeather = tool({
 *   name: 'get_weather',
 *   description: 'Return the weather for a city.',
 *   parameters: z.object({ city: z.string() }),
 *   execute: async ({ city }) => `The weather in ${city} is sunny.`,
 * });
 */
export function tool<TParameters extends ToolInputParameters = undefined, TContext = UnknownContext, TResult = unknown>(
  options: ToolOptions<TParameters, TContext, TResult>,
): FunctionTool<TContext, TParameters, TResult> {
  const rawName = options.name ?? options.execute.name;
  if (!rawName) throw new UserError('A tool needs a name: pass `name` or a named `execute` function.');
  // Function names on the wire allow only letters, digits, `_` and `-`: 'Refund Expert' → 'Refund_Expert'.
  const name = rawName.replace(/[^a-zA-Z0-9_-]/g, '_');
  const strict = options.strict ?? true;
  const parameters = resolveParameters(options.parameters, strict, name);
  const errorFunction = options.errorFunction === undefined ? defaultToolErrorFunction : options.errorFunction;
  const { needsApproval, timeout } = options;
  if (timeout !== undefined && (!Number.isFinite(timeout) || timeout <= 0)) {
    throw new UserError(`Tool "${name}": timeout must be a positive number of milliseconds.`);
  }

  async function invoke(
    runContext: RunContext<TContext>,
    input: string,
    details: ToolCallDetails = {},
  ): Promise<TResult | string> {
    try {
      const args = parseArguments(options.parameters, input, name);
      log.debug('invoking %s', name);
      return await runWithTimeout(
        (signal) => options.execute(args as ToolExecuteArgument<TParameters>, runContext, { ...details, signal }),
        { timeout, signal: details.signal, toolName: name },
      );
    } catch (error) {
      // An aborted run is not a tool failure: let the abort reach the runner unchanged.
      if (details.signal?.aborted) throw error;
      log.debug('tool %s failed: %s', name, error instanceof Error ? error.message : String(error));
      if (errorFunction === null) {
        if (error instanceof ModelBehaviorError || error instanceof ToolCallError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new ToolCallError(`Error running tool ${name}: ${message}`, { cause: error, toolName: name });
      }
      return errorFunction(runContext, error);
    }
  }

  return {
    type: 'function',
    name,
    description: options.description ?? '',
    parameters,
    strict,
    ...(timeout === undefined ? {} : { timeout }),
    async needsApproval(runContext, input, callId) {
      if (typeof needsApproval === 'function') return needsApproval(runContext, input, callId);
      return needsApproval ?? false;
    },
    invoke,
  };
}
