import { z } from 'zod';

/**
 * A schema for a patch of `schema`'s object: every field optional and, unlike zod's .partial(),
 * with no defaults, so a field left out of a patch stays as it is instead of being reset.
 */
export function patchSchemaOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault
        ? (field.unwrap() as z.ZodType)
        : (field as z.ZodType)
      ).optional(),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<{
    [K in keyof Shape]: z.ZodOptional<
      Shape[K] extends z.ZodDefault<infer Inner> ? Inner : Shape[K]
    >;
  }>;
}
