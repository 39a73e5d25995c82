import { z } from 'zod';
import {
  CURRENT_VERSION,
  DataSchema,
  migrations as defaultMigrations,
  type Data,
  type Migration,
} from './data-schema';

export class DataFormatError extends Error {
  constructor(
    message: string,
    /** True when the file is from a newer Netwell: it is fine, we just cannot read it. */
    readonly newer = false,
  ) {
    super(message);
    this.name = 'DataFormatError';
  }
}

const Versioned = z.object({ version: z.number().int().min(0).optional() }).loose();

/** Brings a parsed JSON document up to CURRENT_VERSION and validates it. Throws DataFormatError. */
export function migrate<D = Data>(
  raw: unknown,
  migrations: Record<number, Migration> = defaultMigrations,
  current = CURRENT_VERSION,
  schema: z.ZodType<D> = DataSchema as unknown as z.ZodType<D>,
): { data: D; from: number } {
  const head = Versioned.safeParse(raw);
  if (!head.success) throw new DataFormatError('the file does not hold a Netwell data document');
  const from = head.data.version ?? 0;
  if (from > current) {
    throw new DataFormatError(
      `this data was written by a newer Netwell (format ${from}; this version reads up to ${current})`,
      true,
    );
  }
  let doc: Record<string, unknown> = head.data;
  for (let version = from; version < current; version++) {
    const step = migrations[version];
    if (!step) throw new DataFormatError(`no migration from format ${version}`);
    doc = step(doc);
  }
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFormatError(
      `the data is not valid (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
    );
  }
  return { data: parsed.data, from };
}
