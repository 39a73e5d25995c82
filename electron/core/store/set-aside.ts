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
