import { describe, expect, it } from 'vitest';
import {
  journalAsideNotice,
  lockLostError,
  lockLostNotice,
  lockTakerName,
  newerBackupError,
  newerFileError,
  shuttingDownError,
  uncleanStopNotice,
  unreadableFileNotice,
} from '../../../electron/core/store/store-messages';

describe('store messages', () => {
  it('names the process of an unclean stop, and its host only when it is another one', () => {
    const here = uncleanStopNotice({ pid: 42, host: 'desk' }, 'desk');
    expect(here).toEqual({
      level: 'info',
      message:
        'Netwell is recovering from an unclean stop: the last run (process 42) ended without closing. ' +
        'Every change it had saved is kept.',
    });
    expect(uncleanStopNotice({ pid: 42, host: 'nas' }, 'desk').message).toContain(
      'the last run (process 42 on nas) ended',
    );
    expect(uncleanStopNotice({ pid: null, host: null }, 'desk').message).toContain(
      'the last run ended without closing',
    );
  });

  it('tells a restored backup as a warning, and empty data as an error', () => {
    const restored = unreadableFileNotice(
      'is not valid JSON',
      '/d/x.json',
      new Date('2026-03-01T09:15:30Z'),
    );
    expect(restored).toEqual({
      level: 'warning',
      message:
        'Your data file could not be read (is not valid JSON). It was moved to /d/x.json and left untouched. ' +
        'Netwell restored the backup from 2026-03-01 09:15 UTC.',
    });
    const empty = unreadableFileNotice('is not valid JSON', '/d/x.json', null);
    expect(empty.level).toBe('error');
    expect(empty.message).toBe(
      'Your data file could not be read (is not valid JSON) and no usable backup was found. ' +
        'It was moved to /d/x.json and left untouched; Netwell started with empty data.',
    );
  });

  it('lists the journal segments set aside and the time the data is kept as of', () => {
    const notice = journalAsideNotice(
      'line 3 of j is damaged',
      ['/d/j.1', '/d/j.2'],
      '2026-03-01T10:20:30.000Z',
    );
    expect(notice.level).toBe('warning');
    expect(notice.message).toBe(
      'Some of your latest changes could not be read (line 3 of j is damaged). ' +
        'The change journal was moved to /d/j.1, /d/j.2 and left untouched; ' +
        'Netwell kept your data as of 2026-03-01 10:20 UTC.',
    );
    expect(journalAsideNotice('r', ['/d/j'], null).message).toContain('as of the last saved copy.');
  });

  it('names whoever took the lock in the notice and in the refusal', () => {
    const name = lockTakerName({ app: 'netwell', pid: 7, host: 'nas', started: null });
    expect(name).toBe('process 7 on nas');
    expect(lockTakerName(null)).toBe('another process');
    expect(lockLostNotice('/data', name)).toEqual({
      level: 'error',
      message:
        'Another Netwell (process 7 on nas) took over the data folder /data while this one was not responding. ' +
        'This one no longer saves changes: close it and use the other one.',
    });
    expect(lockLostError(name).message).toBe(
      'Another Netwell (process 7 on nas) now uses this data folder; the change was not saved here.',
    );
  });

  it('refuses with "unavailable" errors', () => {
    for (const error of [
      newerFileError('/d/f.json', 'is from a newer Netwell'),
      newerBackupError('/d/f.json', 'is damaged', '/d/backups/b.json'),
      shuttingDownError(),
      lockLostError('another process'),
    ]) {
      expect(error.code).toBe('unavailable');
    }
    expect(newerFileError('/d/f.json', 'is from a newer Netwell').message).toBe(
      'Netwell cannot open /d/f.json: is from a newer Netwell. Update Netwell; your data was not touched.',
    );
    expect(newerBackupError('/d/f.json', 'is damaged', '/d/backups/b.json').message).toBe(
      'Netwell cannot open /d/f.json (is damaged), and its newest backup, /d/backups/b.json, is from a newer Netwell. ' +
        'Update Netwell to restore it; your data was not touched.',
    );
  });
});
