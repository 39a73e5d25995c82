/**
 * What the store tells the user, in words: notices (told through `notify`) and the errors an open
 * or an update is refused with. Pure, so each sentence is tested on its own.
 */
import { UserError } from '../errors';
import type { LockOwner } from './data-folder-lock';
import type { StoreNotice } from './document-store';

const minuteUtc = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The previous run ended without closing (`thisHost` names the host we run on). */
export function uncleanStopNotice(
  stop: { pid: number | null; host: string | null },
  thisHost: string,
): StoreNotice {
  const { pid, host } = stop;
  const who =
    pid === null ? '' : ` (process ${pid}${host && host !== thisHost ? ` on ${host}` : ''})`;
  return {
    level: 'info',
    message:
      `Netwell is recovering from an unclean stop: the last run${who} ended without closing. ` +
      'Every change it had saved is kept.',
  };
}

/** The data file is from a newer Netwell (`reason` says so): nothing is touched. */
export const newerFileError = (file: string, reason: string): UserError =>
  new UserError(
    'unavailable',
    `Netwell cannot open ${file}: ${reason}. Update Netwell; your data was not touched.`,
  );

/** The data file is unreadable and its newest usable backup is from a newer Netwell. */
export const newerBackupError = (file: string, reason: string, backup: string): UserError =>
  new UserError(
    'unavailable',
    `Netwell cannot open ${file} (${reason}), and its newest backup, ${backup}, is from a newer Netwell. ` +
      'Update Netwell to restore it; your data was not touched.',
  );

/** The data file was moved to `aside`; Netwell restored the backup taken at `backupAt`, or none. */
export function unreadableFileNotice(
  reason: string,
  aside: string,
  backupAt: Date | null,
): StoreNotice {
  if (backupAt) {
    return {
      level: 'warning',
      message:
        `Your data file could not be read (${reason}). It was moved to ${aside} and left untouched. ` +
        `Netwell restored the backup from ${minuteUtc(backupAt.toISOString())}.`,
    };
  }
  return {
    level: 'error',
    message:
      `Your data file could not be read (${reason}) and no usable backup was found. ` +
      `It was moved to ${aside} and left untouched; Netwell started with empty data.`,
  };
}

/** Journal segments were moved to `aside`; the data is kept as of the change made at `lastAt`. */
export const journalAsideNotice = (
  reason: string,
  aside: string[],
  lastAt: string | null,
): StoreNotice => ({
  level: 'warning',
  message:
    `Some of your latest changes could not be read (${reason}). ` +
    `The change journal was moved to ${aside.join(', ')} and left untouched; ` +
    `Netwell kept your data as of ${lastAt ? minuteUtc(lastAt) : 'the last saved copy'}.`,
});

/** Who took the lock over, as the notice and the refusals name it. */
export const lockTakerName = (owner: LockOwner | null): string =>
  owner ? `process ${owner.pid} on ${owner.host}` : 'another process';

export const lockLostNotice = (dataDir: string, lostTo: string): StoreNotice => ({
  level: 'error',
  message:
    `Another Netwell (${lostTo}) took over the data folder ${dataDir} while this one was not responding. ` +
    'This one no longer saves changes: close it and use the other one.',
});

export const shuttingDownError = (): UserError =>
  new UserError('unavailable', 'Netwell is shutting down; the change was not saved.');

export const lockLostError = (lostTo: string): UserError =>
  new UserError(
    'unavailable',
    `Another Netwell (${lostTo}) now uses this data folder; the change was not saved here.`,
  );
