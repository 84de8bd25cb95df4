import type { Agent } from '../agent/agent';
import type { AgentOutputType, TextOutput } from '../agent/output-type';
import { ModelBehaviorError } from '../errors/model-behavior-error';
import { UserError } from '../errors/user-error';
import type { RunContext, UnknownContext } from '../run/run-context';
import { isZodObject, zodToJsonSchema, type JsonObjectSchema, type ZodObjectLike } from '../tools/json-schema';
import { Handoff, type HandoffInputFilter } from './handoff';

/** Options of `handoff()`. */
export interface HandoffOptions<TContext = UnknownContext, TInput = unknown> {
  /** Called when the handoff happens, with the parsed input when `inputType` is set. */
  onHandoff?: (context: RunContext<TContext>, input?: TInput) => void | Promise<void>;
  /** A zod object the model fills in when it hands off. */
  inputType?: ZodObjectLike<TInput>;
  /** Changes what the next agent sees of the conversation. */
  inputFilter?: HandoffInputFilter;
  /** @default `transfer_to_<agent name>` */
  toolNameOverride?: string;
  /** @default a sentence naming the agent and its `handoffDescription` */
  toolDescriptionOverride?: string;
}

/**
 * Builds a handoff to `agent`.
 *
 * @example
 * const triage = new Agent({ name: 'Triage', handoffs: [handoff(billing, { onHandoff: logIt })] });
 */
export function handoff<TContext = UnknownContext, TOutput extends AgentOutputType = TextOutput, TInput = unknown>(
  agent: Agent<TContext, TOutput>,
  options: HandoffOptions<TContext, TInput> = {},
): Handoff<TContext, TOutput> {
  const { onHandoff, inputType } = options;
  if (inputType !== undefined && !isZodObject(inputType)) {
    throw new UserError('handoff(): inputType must be a zod object schema.');
  }
  const result = new Handoff<TContext, TOutput>(agent, async (runContext, argsJson) => {
    if (inputType) {
      let value: unknown;
      try {
        value = JSON.parse(argsJson || '{}');
      } catch (error) {
        throw new ModelBehaviorError(`Invalid JSON input for handoff ${result.toolName}: ${argsJson}`, {
          cause: error,
        });
      }
      const parsed = inputType.safeParse(value);
      if (!parsed.success) {
        throw new ModelBehaviorError(`Invalid input for handoff ${result.toolName}: ${parsed.error.message}`);
      }
      await onHandoff?.(runContext, parsed.data);
    } else {
      await onHandoff?.(runContext);
    }
    return agent;
  });
  if (options.toolNameOverride) result.toolName = options.toolNameOverride;
  if (options.toolDescriptionOverride) result.toolDescription = options.toolDescriptionOverride;
  if (inputType) result.inputJsonSchema = zodToJsonSchema(inputType) as JsonObjectSchema;
  if (options.inputFilter) result.inputFilter = options.inputFilter;
  return result;
}

/** Normalises an entry of `handoffs`: a `Handoff` stays as it is, an agent becomes a default handoff. */
export function getHandoff<TContext, TOutput extends AgentOutputType>(
  agentOrHandoff: Agent<TContext, TOutput> | Handoff<TContext, TOutput>,
): Handoff<TContext, TOutput> {
  return agentOrHandoff instanceof Handoff ? agentOrHandoff : handoff(agentOrHandoff);
}
