import type { JsonObjectSchema, ZodObjectLike } from '../tools/json-schema';

/** The default output type: plain text. */
export type TextOutput = 'text';

/** A structured output given as a raw JSON schema. */
export interface JsonSchemaDefinition {
  type: 'json_schema';
  name: string;
  strict: boolean;
  schema: JsonObjectSchema;
}

/** What an agent's final output is: text, a zod object, or a JSON schema. */
export type AgentOutputType<TOutput = any> = TextOutput | ZodObjectLike<TOutput> | JsonSchemaDefinition;

/** The TypeScript type of a final output for an output type. */
export type ResolvedAgentOutput<TOutput extends AgentOutputType> = OutputOfType<TOutput>;

/**
 * `ResolvedAgentOutput` without the constraint, for types read off an agent (`TAgent['outputType']`).
 * The outer `T extends unknown` forces distribution over unions such as `'text' | ZodObject<...>`.
 */
export type OutputOfType<TOutput> = TOutput extends unknown
  ? TOutput extends TextOutput
    ? string
    : TOutput extends ZodObjectLike<infer TParsed>
      ? TParsed
      : TOutput extends JsonSchemaDefinition
        ? unknown
        : never
  : never;
