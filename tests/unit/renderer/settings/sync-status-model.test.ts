import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncRun, SyncStateName } from '../../../../electron/shared/sync';
import {
  agoText,
  collectionName,
  conflictValueText,
  lastRunText,
  namesText,
  nextRunText,
  passwordStorageText,
  pendingDeletionsText,
  queuedText,
  syncStateView,
} from '../../../../renderer/src/features/settings/sync/syncStatusModel';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const minutesAgo = (n: number) => new Date(NOW - n * 60_000).toISOString();
const none = { created: 0, updated: 0, deleted: 0 };
const run = (over: Partial<SyncRun> = {}): SyncRun => ({
  at: minutesAgo(2),
  ok: true,
  durationMs: 120,
  pulled: none,
  pushed: none,
  ...over,
});

describe('the state in words', () => {
  it('names each state, with the core’s message beside it', () => {
    const say = (state: SyncStateName, message: string | null = null) =>
      syncStateView({ state, message });
    expect(say('idle')).toEqual({ text: 'Idle', detail: null, tone: 'ok' });
    expect(say('syncing').text).toBe('Syncing…');
    expect(say('paused')).toMatchObject({ text: 'Paused', tone: 'warning' });
    expect(say('offline').text).toBe('Offline: changes wait for the server');
    expect(say('password-refused', 'The server refused the password: 401.')).toEqual({
      text: 'The password was refused',
      detail: 'The server refused the password: 401.',
      tone: 'error',
    });
  });

  it('waits for a password that is not at hand, rather than calling it refused', () => {
    const message = 'Give the password again: the keychain no longer has it.';
    expect(syncStateView({ state: 'needs-password', message })).toEqual({
      text: 'Waiting for the password',
      detail: message,
      tone: 'warning',
    });
  });

  it('says an error in the core’s words once, and something when it has none', () => {
    const message = 'The server is not a CardDAV server.';
    expect(syncStateView({ state: 'error', message })).toEqual({
      text: message,
      detail: null,
      tone: 'error',
    });
    expect(syncStateView({ state: 'error', message: '  ' }).text).toBe('The last sync failed');
  });
});

describe('how long ago', () => {
  it('rounds to what a person says', () => {
    expect(agoText(minutesAgo(0.5), NOW)).toBe('just now');
    expect(agoText(minutesAgo(1), NOW)).toBe('1 minute ago');
    expect(agoText(minutesAgo(2), NOW)).toBe('2 minutes ago');
    expect(agoText(minutesAgo(59), NOW)).toBe('59 minutes ago');
    expect(agoText(minutesAgo(60), NOW)).toBe('1 hour ago');
    expect(agoText(minutesAgo(5 * 60), NOW)).toBe('5 hours ago');
    expect(agoText(minutesAgo(26 * 60), NOW)).toBe('yesterday');
    expect(agoText(minutesAgo(4 * 24 * 60), NOW)).toBe('4 days ago');
  });

  it('calls a time ahead of the clock, or unreadable, "just now"', () => {
    expect(agoText(minutesAgo(-3), NOW)).toBe('just now');
    expect(agoText('not a date', NOW)).toBe('just now');
  });

  it('never says "0 minutes" or a negative number, whatever the gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e10 }), (ms) => {
        const text = agoText(new Date(NOW - ms).toISOString(), NOW);
        expect(text).not.toMatch(/(^|\s)(0|-\d+) /);
      }),
    );
  });
});

describe('the last run', () => {
  it('has not happened yet', () => {
    expect(lastRunText(null, NOW)).toBe('Not synced yet.');
  });

  it('counts both ways, with what was created, updated and deleted', () => {
    expect(
      lastRunText(
        run({ pulled: { created: 2, updated: 1, deleted: 0 }, pushed: { ...none, updated: 1 } }),
        NOW,
      ),
    ).toBe(
      'Synced 2 minutes ago: 3 from the server (2 created, 1 updated), 1 to the server (1 updated).',
    );
    expect(lastRunText(run({ pushed: { created: 0, updated: 0, deleted: 4 } }), NOW)).toBe(
      'Synced 2 minutes ago: 0 from the server, 4 to the server (4 deleted).',
    );
  });

  it('says when nothing changed', () => {
    expect(lastRunText(run({ at: minutesAgo(0) }), NOW)).toBe('Synced just now: nothing changed.');
  });

  it('says a run that stopped did not finish, with what it did', () => {
    expect(lastRunText(run({ ok: false, pulled: { ...none, created: 1 } }), NOW)).toBe(
      'The last sync, 2 minutes ago, did not finish: 1 from the server (1 created), 0 to the server.',
    );
  });
});

describe('the rest of the account’s lines', () => {
  it('counts the changes that wait, or says nothing', () => {
    expect(queuedText(0)).toBeNull();
    expect(queuedText(1)).toBe('1 change waits for the server.');
    expect(queuedText(7)).toBe('7 changes wait for the server.');
  });

  it('says when the next run is', () => {
    expect(nextRunText(null, NOW)).toBeNull();
    expect(nextRunText(minutesAgo(-0.5), NOW)).toBe('Next sync in under a minute.');
    expect(nextRunText(minutesAgo(-4), NOW)).toBe('Next sync in 4 minutes.');
    expect(nextRunText(minutesAgo(-1), NOW)).toBe('Next sync in 1 minute.');
    expect(nextRunText(minutesAgo(-120), NOW)).toBe('Next sync in 2 hours.');
  });

  it('says where the password is kept', () => {
    expect(passwordStorageText('keychain')).toContain('in your system’s keychain');
    expect(passwordStorageText('memory')).toContain('in memory only until Netwell quits');
  });

  it('names a collection by its name, or the last part of its address', () => {
    expect(collectionName({ url: 'https://dav.example.org/ab/1/', name: 'Family' })).toBe('Family');
    expect(collectionName({ url: 'http://localhost:5232/ana/contacts%20home/', name: ' ' })).toBe(
      'contacts home',
    );
  });

  it('shows an empty side of a conflict as "(empty)"', () => {
    expect(conflictValueText('')).toBe('(empty)');
    expect(conflictValueText('ana@example.org')).toBe('ana@example.org');
  });
});

describe('deletions waiting for the user', () => {
  it('says where, how many and who', () => {
    expect(
      pendingDeletionsText({ side: 'server', count: 12, names: ['Ana Lima', 'Ben Costa'] }),
    ).toBe(
      'Sync would delete 12 contacts on the server, because they were deleted in Netwell (Ana Lima, Ben Costa and 10 more).',
    );
    expect(pendingDeletionsText({ side: 'netwell', count: 1, names: ['Ana Lima'] })).toBe(
      'Sync would delete 1 contact in Netwell, because they were deleted on the server (Ana Lima).',
    );
    expect(pendingDeletionsText({ side: 'netwell', count: 6, names: [] })).toBe(
      'Sync would delete 6 contacts in Netwell, because they were deleted on the server.',
    );
  });

  it('lists every name when all are given', () => {
    expect(namesText(['Ana', 'Ben', 'Cy'], 3)).toBe('Ana, Ben and Cy');
    expect(namesText(['Ana', 'Ben'], 2)).toBe('Ana and Ben');
  });

  it('accounts for every contact: named or counted in "more"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Ana', 'Ben', 'Cy', 'Dee', 'Eli'), { maxLength: 5 }),
        fc.integer({ min: 0, max: 50 }),
        (names, extra) => {
          const count = names.length + extra;
          const text = namesText(names, count);
          // No names at all: the sentence's own count says how many.
          if (names.length === 0) {
            expect(text).toBe('');
          } else {
            const more = /and (\d+) more$/.exec(text);
            expect(names.length + (more ? Number(more[1]) : 0)).toBe(count);
          }
        },
      ),
    );
  });
});
