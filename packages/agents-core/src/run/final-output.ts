import type { AgentOutputType } from '../agent/output-type';
import { ModelBehaviorError } from '../errors/model-behavior-error';
import type { SerializedOutputType } from '../models/model';
import { isZodSchema, strictSchemaProblem, zodToJsonSchema } from '../tools/json-schema';
import { UserError } from '../errors/user-error';

/** The output type as models see it. */
export function serializeOutputType(outputType: AgentOutputType): SerializedOutputType {
  if (outputType === 'text') return 'text';
  if (isZodSchema(outputType)) {
    const schema = zodToJsonSchema(outputType);
    const problem = strictSchemaProblem(schema);
    if (problem) throw new UserError(`outputType: ${problem}.`);
    return { type: 'json_schema', name: 'final_output', strict: true, schema };
  }
  return { type: 'json_schema', name: outputType.name, strict: outputType.strict, schema: outputType.schema };
}

/** Parses the model's last message into the final output, validating structured output. */
export function parseFinalOutput(outputType: AgentOutputType, text: string): unknown {
  if (outputType === 'text') return text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ModelBehaviorError(`The final output is not valid JSON: ${text.slice(0, 200)}`, { cause: error });
  }
  if (isZodSchema(outputType)) {
    const parsed = outputType.safeParse(value);
    if (!parsed.success) {
      throw new ModelBehaviorError(`The final output does not match the output type: ${parsed.error.message}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  }
  return value;
}

/** The final output as text, for hooks and tool results. */
export function finalOutputText(output: unknown): string {
  return typeof output === 'string' ? output : (JSON.stringify(output) ?? '');
}
