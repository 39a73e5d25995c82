import { shell } from 'electron';
import { mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** The only characters a calendar file's name keeps; anything else becomes "-". */
export function safeIcsName(fileName: string): string {
  const stem = basename(fileName)
    .replace(/\.ics$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  return `${stem || 'netwell'}.ics`;
}

/** The files this process wrote for the calendar app: shell.openPath opens nothing else. */
const written = new Set<string>();

/**
 * The one door to shell.openPath: writes the .ics text to a new private temporary folder
 * (mkdtemp, mode 0700) and asks the OS to open that very file with its calendar app. It refuses
 * any path it did not just write, and anything but a .ics file, so the renderer can never make
 * the OS open (run) another file. True when the OS opened it.
 */
export async function openCalendarFile(
  fileName: string,
  text: string,
  // eslint-disable-next-line no-restricted-syntax -- this is the guarded door the rule points to
  open: (path: string) => Promise<string> = (path) => shell.openPath(path),
): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), 'netwell-calendar-'));
  const file = join(dir, safeIcsName(fileName));
  await writeFile(file, text, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
  const real = await realpath(file);
  written.add(real);
  if (!isOpenableCalendarFile(real, await realpath(dir))) return false;
  // openPath resolves to an error message, empty when the OS opened the file.
  const error = await open(real);
  return error === '';
}

/** Only a .ics file this process wrote, directly inside the folder it made for it. */
export function isOpenableCalendarFile(path: string, dir: string): boolean {
  return written.has(path) && dirname(path) === dir && /\.ics$/.test(path);
}
