import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../errors';

/**
 * One writer per data folder: the desktop app and the web host take the same lock, so a second
 * process on the folder gets a clear message instead of silently sharing (and clobbering) it.
 * proper-lockfile refreshes the lock while we run, so a crashed process's lock goes stale and is
 * taken over after `staleMs`.
 */
export async function lockDataFolder(
  dataDir: string,
  staleMs = 10_000,
): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'netwell.lock'),
      stale: staleMs,
      update: Math.max(1000, Math.floor(staleMs / 2)),
      realpath: false,
      // If another process takes the lock from under us we must stop writing: crash loudly.
      onCompromised: (error) => {
        throw error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new UserError(
        'conflict',
        `Another Netwell (the desktop app or a web host) is already using the data folder ${dataDir}. ` +
          'Close it first, or choose another folder with --data-dir.',
      );
    }
    throw error;
  }
}
