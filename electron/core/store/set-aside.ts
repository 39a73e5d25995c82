import { access, link, rename, unlink } from 'node:fs/promises';
import type { Clock } from '../clock';

/**
 * Names for files set aside as unreadable: beside the original, stamped with the time (colons and
 * dots made dashes, for Windows), so nothing is ever overwritten and the user can find them.
 */
export const asideStamp = (clock: Clock): string => clock.now().toISOString().replace(/[:.]/g, '-');

/** `netwell-data.json` -> `netwell-data.unreadable-<stamp>.json`. */
export const dataFileAside = (file: string, stamp: string): string =>
  `${file.replace(/\.json$/, '')}.unreadable-${stamp}.json`;

/** A journal segment keeps its name, with `.unreadable-<stamp>` after it. */
export const segmentAside = (segment: string, stamp: string): string =>
  `${segment}.unreadable-${stamp}`;

/**
 * Moves `file` to the first free name `nameFor(1)`, `nameFor(2)`, ...: two files set aside in the
 * same millisecond (or under a clock that does not move) must not replace one another. Answers
 * the name used. (Linking fails on an existing name, where rename would replace it.)
 */
export async function moveAside(file: string, nameFor: (n: number) => string): Promise<string> {
  for (let n = 1; ; n++) {
    const to = nameFor(n);
    try {
      await link(file, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      // No hard links here (some network or FAT drives): a rename, if the name is free.
      if (await exists(to)) continue;
      await rename(file, to);
      return to;
    }
    await unlink(file);
    return to;
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The n-th name for a stamp: the stamp alone, then `<stamp>-2`, `<stamp>-3`... */
export const nthStamp = (stamp: string, n: number): string => (n === 1 ? stamp : `${stamp}-${n}`);
