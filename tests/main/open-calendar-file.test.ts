import { readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import {
  isOpenableCalendarFile,
  openCalendarFile,
  safeIcsName,
} from '../../electron/main/open-calendar-file';

vi.mock('electron', () => import('./fake-electron'));

describe('the calendar-file door', () => {
  it('writes the .ics to a private temporary folder and opens exactly that file', async () => {
    const opened: string[] = [];
    const ok = await openCalendarFile('coffee-with-ana.ics', 'BEGIN:VCALENDAR\r\n', (path) => {
      opened.push(path);
      return Promise.resolve('');
    });
    expect(ok).toBe(true);
    expect(opened).toHaveLength(1);
    const [path] = opened as [string];
    expect(basename(path)).toBe('coffee-with-ana.ics');
    expect(basename(dirname(path))).toMatch(/^netwell-calendar-/);
    expect(readFileSync(path, 'utf8')).toBe('BEGIN:VCALENDAR\r\n');
    if (process.platform !== 'win32') {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    }
  });

  it('never lets a name leave the folder or change the file type', async () => {
    expect(safeIcsName('../../.bashrc')).toBe('bashrc.ics');
    expect(safeIcsName('evil.desktop')).toBe('evil.desktop.ics');
    expect(safeIcsName('a b/c\\d.ics')).toBe('c-d.ics');
    expect(safeIcsName('')).toBe('netwell.ics');
    const opened: string[] = [];
    await openCalendarFile('../../etc/passwd', 'x', (path) => {
      opened.push(path);
      return Promise.resolve('');
    });
    expect(opened[0]!.startsWith(tmpdir())).toBe(true);
    expect(basename(opened[0]!)).toBe('passwd.ics');
  });

  it('refuses a path it did not write, and reports an OS failure', async () => {
    expect(isOpenableCalendarFile('/etc/passwd.ics', '/etc')).toBe(false);
    const ok = await openCalendarFile('x.ics', 'x', () => Promise.resolve('No application'));
    expect(ok).toBe(false);
  });
});
