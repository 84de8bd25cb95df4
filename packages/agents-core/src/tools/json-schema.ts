import { UserError } from '../errors/user-error';

/** A JSON schema describing an object (what function tools take). */
export interface JsonObjectSchema {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
  [key: string]: unknown;
}

/**
 * The structural part of a zod v4 schema the SDK uses. Typed structurally so the package does
 * not import zod at runtime: zod stays an optional peer dependency.
 */
export interface ZodSchemaLike<TOutput = unknown> {
  _zod: { output: TOutput };
  safeParse(value: unknown): { success: true; data: TOutput } | { success: false; error: { message: string } };
  toJSONSchema?(params?: Record<string, unknown>): Record<string, unknown>;
}

/** A zod object schema (`z.object({...})`). */
export interface ZodObjectLike<TOutput = unknown> extends ZodSchemaLike<TOutput> {
  shape: Record<string, unknown>;
}

/** True for a zod v4 schema. */
export function isZodSchema(value: unknown): value is ZodSchemaLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_zod' in value &&
    typeof (value as { safeParse?: unknown }).safeParse === 'function'
  );
}

/** True for a zod v4 object schema. */
export function isZodObject(value: unknown): value is ZodObjectLike {
  return isZodSchema(value) && typeof (value as { shape?: unknown }).shape === 'object';
}

/**
 * Converts a zod schema to JSON schema with zod's own converter (`schema.toJSONSchema()`, the
 * method form of `z.toJSONSchema`), dropping the `$schema` marker models do not want.
 */
export function zodToJsonSchema(schema: ZodSchemaLike): Record<string, unknown> {
  if (typeof schema.toJSONSchema !== 'function') {
    throw new UserError('This zod version has no schema.toJSONSchema(); upgrade zod 4 to a current release.');
  }
  const { $schema: _ignored, ...jsonSchema } = schema.toJSONSchema({ target: 'draft-2020-12' });
  return jsonSchema;
}

/**
 * Finds the first reason a JSON schema is not valid for strict mode (every property required,
 * `additionalProperties: false` on each object), or undefined when it is.
 */
export function strictSchemaProblem(schema: unknown, path = '$'): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const node = schema as Record<string, unknown>;
  if (node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object'))) {
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    const missing = Object.keys(properties).find((key) => !required.includes(key));
    if (missing) return `${path}.${missing} is optional; strict schemas need every property required (use .nullable())`;
    if (node.additionalProperties !== false) return `${path} must set additionalProperties: false`;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' && typeof child === 'object' && child !== null) {
      for (const [name, property] of Object.entries(child)) {
        const problem = strictSchemaProblem(property, `${path}.${name}`);
        if (problem) return problem;
      }
    } else if (Array.isArray(child)) {
      for (const entry of child) {
        const problem = strictSchemaProblem(entry, path);
        if (problem) return problem;
      }
    } else if (typeof child === 'object' && child !== null && key !== 'properties') {
      const problem = strictSchemaProblem(child, path);
      if (problem) return problem;
    }
  }
  return undefined;
}
