import { UserError } from '../errors';

/** Errors of the disk itself, which the user can act on: told in words, never as `ENOSPC …`. */
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

const codeOf = (error: unknown): string | undefined =>
  (error as { code?: unknown } | null)?.code as string | undefined;

export const isDiskFull = (error: unknown): boolean => DISK_FULL.has(codeOf(error) ?? '');

export const DISK_FULL_MESSAGE =
  'The disk is full, so this change was not saved. Free some space and try again; nothing else was lost.';

/** What `store.update` (and a settings change) answers when the disk is full. */
export const diskFullError = (): UserError => new UserError('unavailable', DISK_FULL_MESSAGE);

/** The notice a full disk raises (once, until a write succeeds again). */
export const diskFullNotice = (dataDir: string) => ({
  level: 'error' as const,
  message:
    `The disk holding ${dataDir} is full: Netwell could not save your latest change (nor its ` +
    'backups). Free some space; what was saved before is safe, and saving works again by itself.',
});

/**
 * A start-up failure of the data folder in one sentence (the hosts print or show `message`), or null
 * when the error is not about the disk.
 */
export function dataFolderError(error: unknown, dataDir: string): UserError | null {
  if (error instanceof UserError) return error;
  const code = codeOf(error) ?? '';
  if (code === 'EROFS') {
    return new UserError(
      'unavailable',
      `Netwell cannot write to its data folder ${dataDir}: the disk is read-only. ` +
        'Make it writable (or choose another folder with --data-dir) and start Netwell again; nothing was changed.',
    );
  }
  if (NOT_WRITABLE.has(code)) {
    return new UserError(
      'unavailable',
      `Netwell cannot write to its data folder ${dataDir}: it is not allowed to (the folder or a file in it belongs to someone else or is read-only). ` +
        'Give your user write access to it (or choose another folder with --data-dir) and start Netwell again; nothing was changed.',
    );
  }
  if (DISK_FULL.has(code)) {
    return new UserError(
      'unavailable',
      `Netwell cannot start: the disk holding its data folder ${dataDir} is full. ` +
        'Free some space and start Netwell again; nothing was changed.',
    );
  }
  return null;
}
