import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/**
 * A snapshot's seal: the format's schema id and a hash of the exact bytes Netwell wrote. A file
 * whose bytes match its seal is one this version of Netwell wrote from valid data, so start-up can
 * skip validating all of it again (1.2 s of zod at 30,000 contacts). Anything else (no seal, an
 * edited or damaged file, another version's schema) is validated in full, as before.
 */
export const sealFileOf = (snapshot: string): string => `${snapshot}.seal`;

export const sealOf = (bytes: Uint8Array, schemaId: string): string =>
  sealOfDigest(createHash('sha1').update(bytes).digest('hex'), schemaId);

/** The seal from the SHA-1 (hex) of the bytes, for a file hashed as it was written. */
export const sealOfDigest = (sha1: string, schemaId: string): string => `${schemaId}:${sha1}`;

/** Written after the snapshot is durable; losing it only costs one full validation. */
export async function writeSeal(snapshot: string, seal: string): Promise<void> {
  await writeFileAtomic(sealFileOf(snapshot), seal, { fsync: false, mode: 0o600 });
}

export async function readSeal(snapshot: string): Promise<string | null> {
  try {
    return (await readFile(sealFileOf(snapshot), 'utf8')).trim();
  } catch {
    return null;
  }
}
