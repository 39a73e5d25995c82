import {
  parseJsonText,
  parseOrExplain,
  readBytes,
  writeJsonDurably,
  writeJsonInSlices,
} from './json-file';
import { readSeal, sealOf, sealOfDigest, writeSeal } from './snapshot-seal';
import type { StoreFormat } from './store-format';

/** The snapshot file: the document plus `journalSeq`, the last journal line folded into it. */
export interface Snapshot<D> {
  data: D;
  seq: number;
  migrated: boolean;
  /** Its seal matched: read without validating (see snapshot-seal.ts). */
  sealed?: boolean;
}

/** Null when there is no file; throws UnreadableFileError when it cannot be used. */
export async function readSnapshot<D>(
  file: string,
  format: StoreFormat<D>,
): Promise<Snapshot<D> | null> {
  const bytes = await readBytes(file);
  if (bytes === null) return null;
  // No seal file (an older Netwell's, a restored backup): no need to hash 50 MB to know.
  const seal = await readSeal(file);
  const sealed = seal !== null && seal === sealOf(bytes, format.schemaId);
  const raw = parseJsonText(file, bytes.toString('utf8'));
  const stored = (raw as { journalSeq?: unknown } | null)?.journalSeq;
  const seq = typeof stored === 'number' && Number.isSafeInteger(stored) && stored > 0 ? stored : 0;
  if (sealed) {
    // Written by this Netwell from valid data, byte for byte: no need to validate it all again.
    delete (raw as { journalSeq?: unknown }).journalSeq;
    return { data: raw as D, seq, migrated: false, sealed: true };
  }
  const parsed = parseOrExplain(file, raw, (r) => format.parse(r));
  return { data: parsed.data, seq, migrated: parsed.migrated };
}

/** The document plus `journalSeq` (the last journal line it includes), then its seal. */
export async function writeSnapshot<D>(file: string, format: StoreFormat<D>, data: D, seq: number) {
  const bytes = await writeJsonDurably(file, seq > 0 ? { ...data, journalSeq: seq } : data);
  await writeSeal(file, sealOf(bytes, format.schemaId));
}

/** `writeSnapshot` a slice at a time, for a write in the background (see json-slices.ts). */
export async function writeSnapshotInSlices<D>(
  file: string,
  format: StoreFormat<D>,
  data: D,
  seq: number,
) {
  const sha1 = await writeJsonInSlices(file, seq > 0 ? { ...data, journalSeq: seq } : data);
  await writeSeal(file, sealOfDigest(sha1, format.schemaId));
}
