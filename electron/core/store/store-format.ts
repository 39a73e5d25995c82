import type { z } from 'zod';
import {
  CURRENT_VERSION,
  DataSchema,
  emptyData,
  migrations,
  type Data,
  type Migration,
} from './data-schema';
import { migrate } from './migrate';
import { shareRepeatedText } from './shared-text';
import { touchedValidator, type TouchedRecords } from './touched-records';

export const DATA_FILE = 'netwell-data.json';

/** A JSON document format: its file, how to read (migrate and validate) it, and an empty one. */
export interface StoreFormat<D> {
  fileName: string;
  /** Migrates and validates a parsed file. Throws (with `newer: true` for a newer format). */
  parse(raw: unknown): { data: D; migrated: boolean };
  /**
   * Validates what the journal's replay changed (`touched`), in place: the rest was valid already.
   * Throws when invalid.
   */
  validateTouched(data: D, touched: TouchedRecords): D;
  /** Names the schema: a sealed snapshot is trusted only by the schema that wrote it. */
  readonly schemaId: string;
  empty(): D;
  /**
   * Makes the document as read lighter in memory, changing no value (see shared-text.ts), in
   * steps: the store pauses at each `yield`.
   */
  compact?(data: D): Iterable<void>;
}

/** A versioned format from a zod schema and its migrations (see data-schema.ts). */
export function documentFormat<D>(spec: {
  fileName: string;
  schema: z.ZodType<D>;
  migrations: Record<number, Migration>;
  currentVersion: number;
  empty: () => D;
  compact?: (data: D) => Iterable<void>;
}): StoreFormat<D> {
  return {
    fileName: spec.fileName,
    parse(raw) {
      const { data, from } = migrate<D>(raw, spec.migrations, spec.currentVersion, spec.schema);
      return { data, migrated: from !== spec.currentVersion };
    },
    ...touchedValidator(spec.schema),
    empty: spec.empty,
    ...(spec.compact ? { compact: spec.compact } : {}),
  };
}

/** The CRM data file. */
export const dataFormat: StoreFormat<Data> = documentFormat({
  fileName: DATA_FILE,
  schema: DataSchema,
  migrations,
  currentVersion: CURRENT_VERSION,
  empty: emptyData,
  compact: shareRepeatedText,
});
