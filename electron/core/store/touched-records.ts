import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { JsonPatch } from './patches';

/**
 * What replaying the journal changed, so start-up validates those records and not all 180,000:
 * per top-level collection the records (array elements) a patch added or changed, and the
 * top-level keys changed as a whole.
 */
export class TouchedRecords {
  readonly records = new Map<string, Set<unknown>>();
  readonly whole = new Set<string>();
  /** The root itself was replaced: validate everything. */
  root = false;

  /** Call right after `patches` were applied to `doc`. */
  note(doc: unknown, patches: readonly JsonPatch[]): void {
    for (const { op, path } of patches) {
      const [key, index] = path;
      if (typeof key !== 'string') {
        this.root = true;
        continue;
      }
      const value = (doc as Record<string, unknown>)[key];
      if (path.length < 2 || !Array.isArray(value)) {
        this.whole.add(key);
        continue;
      }
      // A record removed needs no check; anything else leaves a record to check at `index`.
      if (op === 'remove' && path.length === 2) continue;
      const at = index === '-' ? value.length - 1 : Number(index);
      let set = this.records.get(key);
      if (!set) this.records.set(key, (set = new Set()));
      set.add(value[at]);
    }
  }
}

/** The element schema of an array field (through `.default()`/`.optional()`), or null. */
function elementOf(schema: z.ZodType | undefined): z.ZodType | null {
  let s: unknown = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodPrefault) {
    s = s.unwrap();
  }
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : null;
}

const ids = new WeakMap<z.ZodType, string>();

/** A fingerprint of the schema's shape: a snapshot sealed under another schema is not trusted. */
function schemaIdOf(schema: z.ZodType): string {
  let id = ids.get(schema);
  if (!id) {
    try {
      const json = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
      id = createHash('sha1').update(json).digest('hex').slice(0, 16);
    } catch {
      // Not describable: never trust a seal (always validate in full).
      id = `unsealable-${globalThis.crypto.randomUUID()}`;
    }
    ids.set(schema, id);
  }
  return id;
}

/** `validateTouched` and `schemaId` of a document format, from its zod schema. */
export function touchedValidator<D>(schema: z.ZodType<D>) {
  return {
    get schemaId() {
      return schemaIdOf(schema);
    },
    validateTouched(data: D, touched: TouchedRecords): D {
      const shape =
        schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null;
      if (!shape || touched.root) return schema.parse(data);
      const doc = data as Record<string, unknown>;
      for (const key of touched.whole) {
        const field = shape[key];
        if (!field) throw new Error(`unknown field "${key}"`);
        doc[key] = field.parse(doc[key]);
      }
      for (const [key, records] of touched.records) {
        const element = elementOf(shape[key]);
        if (!element) {
          const field = shape[key];
          if (!field) throw new Error(`unknown field "${key}"`);
          doc[key] = field.parse(doc[key]);
          continue;
        }
        const list = doc[key] as unknown[];
        for (let i = 0; i < list.length; i++) {
          if (records.has(list[i])) list[i] = element.parse(list[i]);
        }
      }
      return data;
    },
  };
}
