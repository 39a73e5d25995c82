import { chmod, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Netwell's own files in the data folder. The desktop app's folder is Electron's userData, which
 * also holds Chromium's files: those are left alone.
 */
const OWN = /^(?:netwell[-.]|settings[.-])/;

/**
 * Temporary files our writers leave when a process dies mid-write: write-file-atomic's
 * `<file>.<digits>`, atomically's (conf) `<file>.tmp-<id>`, our `<file>.tmp` and the compaction's
 * `<file>.<pid>.compact.tmp`. Only beside `.json` and `.seal` files, so a journal segment
 * (`netwell-data.journal.000000000042`) never matches.
 */
const TEMP =
  /^(?:netwell-[^/]*|settings)\.json(?:\.seal)?\.(?:\d+|\d+\.compact\.tmp|tmp|tmp-[0-9a-z]+)$/i;
const OWNER_TEMP = /^owner\.json\.\d+\.tmp$/;

export const isStaleTempFile = (name: string): boolean => TEMP.test(name);

/**
 * Start-up housekeeping, under the lock (no other writer is running): removes stale temporary files
 * and makes the folder private, 0700 for folders and 0600 for files, fixing what an older Netwell
 * (or a copy) left at 0755/0644. A file system without modes (Windows, some shares) is left as is.
 */
export async function tidyDataFolder(dataDir: string): Promise<void> {
  await makePrivate(dataDir, true);
  for (const name of await readdir(dataDir).catch(() => [] as string[])) {
    if (!OWN.test(name)) continue;
    const path = join(dataDir, name);
    if (isStaleTempFile(name)) {
      await rm(path, { force: true });
      continue;
    }
    const isDir = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    await makePrivate(path, isDir);
    if (isDir) await tidyInside(path);
  }
  const backups = join(dataDir, 'backups');
  if (
    await stat(backups).then(
      (s) => s.isDirectory(),
      () => false,
    )
  ) {
    await makePrivate(backups, true);
    await tidyInside(backups);
  }
}

async function tidyInside(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (isStaleTempFile(entry.name) || OWNER_TEMP.test(entry.name)) await rm(path, { force: true });
    else await makePrivate(path, entry.isDirectory());
  }
}

async function makePrivate(path: string, isDir: boolean): Promise<void> {
  if (process.platform === 'win32') return;
  const mode = isDir ? 0o700 : 0o600;
  const current = await stat(path).then(
    (s) => s.mode & 0o777,
    () => null,
  );
  if (current === null || current === mode) return;
  await chmod(path, mode).catch(() => undefined);
}
