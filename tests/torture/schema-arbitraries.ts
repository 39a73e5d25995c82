/**
 * Values for a contract call's input, from its zod schema: no well-kept library derives fast-check
 * arbitraries from zod v4 (zod-fast-check is zod 3 only), so this walks the schema's JSON Schema
 * (`z.toJSONSchema`, input side) and builds them with fast-check. Valid values, and boundary ones:
 * every string at its longest (or shortest), numbers at their limits, arrays at their most items.
 */
import fc from 'fast-check';
import { z } from 'zod';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const MAX_DEPTH = 6;
/** Boundary strings without a stated maximum are this long (a huge-string case of its own). */
const UNBOUNDED_STRING = 100_000;
/** Boundary arrays are capped here so one message stays well under the socket's limit. */
const MAX_BOUNDARY_ITEMS = 50_000;

const typesOf = (s: JsonSchema): string[] =>
  Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];

/** An arbitrary of values the schema accepts (mostly: a pattern plus a length may disagree). */
export function validArbitrary(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((o) => validArbitrary(o, depth + 1)));
  const types = typesOf(schema);
  if (types.length > 1)
    return fc.oneof(...types.map((type) => validArbitrary({ ...schema, type }, depth)));
  switch (types[0]) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1e6, Number.MIN_SAFE_INTEGER),
        max: Math.min(schema.maximum ?? 1e6, Number.MAX_SAFE_INTEGER),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = schema.items ? validArbitrary(schema.items, depth + 1) : fc.jsonValue();
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 5, 5));
      return fc.array(item, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, depth);
    default:
      // Unknown or "any": small JSON.
      return fc.jsonValue({ maxDepth: depth > MAX_DEPTH ? 0 : 2 });
  }
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.pattern) {
    const fits = (s: string) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity);
    return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  }
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
  );
}

function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const names = Object.keys(props);
  if (names.length === 0 && typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames
      ? (validArbitrary(schema.propertyNames, depth + 1) as fc.Arbitrary<string>)
      : fc.string({ minLength: 1, maxLength: 10 });
    return fc.dictionary(keys, validArbitrary(schema.additionalProperties, depth + 1), {
      maxKeys: 4,
    });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) model[name] = validArbitrary(props[name]!, depth + 1);
  return fc.record(model, { requiredKeys: schema.required ?? [] });
}

/** One value at the schema's limits: 'max' (longest, biggest, most) or 'min'. */
export function boundaryValue(schema: JsonSchema, mode: 'max' | 'min', seed: number): unknown {
  if ('const' in schema) return schema.const;
  if (schema.enum) return mode === 'max' ? schema.enum[schema.enum.length - 1] : schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return boundaryValue(options[mode === 'max' ? 0 : options.length - 1]!, mode, seed);
  const types = typesOf(schema);
  switch (types[0]) {
    case 'string': {
      if (schema.format === 'date-time')
        return mode === 'max' ? '2099-12-31T23:59:59.999Z' : '1970-01-01T00:00:00.000Z';
      if (schema.pattern) return sampleOne(stringArbitrary(schema), seed);
      const length =
        mode === 'max'
          ? Math.min(schema.maxLength ?? UNBOUNDED_STRING, UNBOUNDED_STRING)
          : (schema.minLength ?? 0);
      return 'é'.repeat(length);
    }
    case 'integer':
    case 'number':
      return mode === 'max'
        ? (schema.maximum ?? Number.MAX_SAFE_INTEGER)
        : (schema.minimum ?? Number.MIN_SAFE_INTEGER);
    case 'boolean':
      return mode === 'max';
    case 'null':
      return null;
    case 'array': {
      const count =
        mode === 'max'
          ? Math.min(schema.maxItems ?? 1000, MAX_BOUNDARY_ITEMS)
          : (schema.minItems ?? 0);
      const item = schema.items ?? {};
      return Array.from({ length: count }, (_, i) => boundaryValue(item, mode, seed + i));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(schema.properties ?? {}))
        if (mode === 'max' || schema.required?.includes(name))
          out[name] = boundaryValue(prop, mode, seed);
      return out;
    }
    default:
      return mode === 'max' ? { any: 'x'.repeat(1000) } : null;
  }
}

export function sampleOne<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arbitrary, { numRuns: 1, seed })[0]!;
}
