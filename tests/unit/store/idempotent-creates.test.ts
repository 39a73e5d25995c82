import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../electron/shared/contract';
import { MAX_RECENT_REQUESTS } from '../../../electron/core/store/recent-requests';
import { coreAt } from '../core-harness';
import { tempDir } from '../temp-dir';

const requestId = () => globalThis.crypto.randomUUID();

/** The data folder as a crash right now would leave it: every file but the lock. */
function crashCopy(dataDir: string): string {
  const copy = tempDir();
  cpSync(dataDir, copy, {
    recursive: true,
    filter: (source) => !source.includes('netwell.lock'),
  });
  return copy;
}

describe('a create with a request id happens once', () => {
  it('a repeat answers the first result and creates nothing, even after a crash', async () => {
    const first = await coreAt();
    const id = requestId();
    const created = await first.call<{ id: string }>('contacts.create', {
      name: 'Ana',
      requestId: id,
    });
    const again = await first.call<{ id: string }>('contacts.create', {
      name: 'Ana',
      requestId: id,
    });
    expect(again).toEqual(created);
    expect(await first.contacts()).toHaveLength(1);
    // The stored contact does not carry the request id.
    expect(first.core.store.read().contacts[0]).not.toHaveProperty('requestId');

    // Crash right after the write (the reply was lost): the retry on the next start is a no-op.
    const dataDir = crashCopy(first.dataDir);
    await first.core.close();
    const second = await coreAt('2026-03-02T09:05:00Z', { dataDir });
    const retried = await second.call<{ id: string }>('contacts.create', {
      name: 'Ana',
      requestId: id,
    });
    expect(retried).toEqual(created);
    expect(await second.contacts()).toHaveLength(1);
    await second.core.close();
  });

  it('every create call in the contract', async () => {
    const { core, call } = await coreAt();
    const ana = await call<{ id: string }>('contacts.create', { name: 'Ana' });
    const ben = await call<{ id: string }>('contacts.create', { name: 'Ben' });
    const event = await call<{ id: string }>('events.save', {
      id: null,
      event: {
        name: 'Meetup',
        kind: 'meetup',
        start: '2026-03-12T18:00:00Z',
        end: '2026-03-12T21:00:00Z',
        myStatus: 'going',
      },
    });
    const creates: Array<[CallName, Record<string, unknown>]> = [
      ['contacts.create', { name: 'Chen' }],
      [
        'interactions.log',
        { contactId: ana.id, kind: 'call', direction: 'outbound', channel: 'phone' },
      ],
      ['reconnect.done', { contactId: ana.id }],
      ['commitments.add', { contactId: ana.id, what: 'Intro to Ben', dueOn: '2026-03-10' }],
      ['followUps.add', { contactId: ana.id, text: 'Ask about the role', dueOn: '2026-03-10' }],
      ['introductions.add', { fromContactId: ana.id, toContactId: ben.id }],
      [
        'meetings.propose',
        { kind: 'coffee', start: '2026-03-05T10:00:00Z', durationMin: 30, contactIds: [ben.id] },
      ],
      [
        'events.save',
        {
          id: null,
          event: {
            name: 'Dinner',
            kind: 'dinner',
            start: '2026-03-20T18:00:00Z',
            end: '2026-03-20T21:00:00Z',
            myStatus: 'maybe',
          },
        },
      ],
      ['events.whoDidYouMeet', { eventId: event.id, names: ['Dana Li'] }],
      [
        'reports.add',
        { platform: 'x', on: '2026-03-01', whatHappened: 'Spam', reportedOnPlatform: false },
      ],
    ];
    for (const [name, input] of creates) {
      const before = JSON.stringify(core.store.read());
      const withId = { ...input, requestId: requestId() };
      const first = await call(name, withId);
      const after = JSON.stringify(core.store.read());
      expect(after, name).not.toBe(before);
      expect(await call(name, withId), name).toEqual(first);
      // Nothing new: only the first call changed the data.
      expect(JSON.stringify(core.store.read()), name).toBe(after);
    }
    await core.close();
  });

  it('refuses a request id reused for another call, and keeps only the most recent ids', async () => {
    const { core, call, attempt } = await coreAt();
    const id = requestId();
    const ana = await call<{ id: string }>('contacts.create', { name: 'Ana', requestId: id });
    const reused = await attempt('followUps.add', {
      contactId: ana.id,
      text: 'Ask',
      dueOn: '2026-03-10',
      requestId: id,
    });
    expect(reused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('another call') },
    });
    // A full list (as after 1,000 creates): the next create forgets the oldest id.
    await core.store.update((d) => {
      for (let i = 0; i < MAX_RECENT_REQUESTS; i++) {
        d.recentRequests[requestId()] = { call: 'followUps.add', result: null };
      }
    });
    const latest = requestId();
    await call('followUps.add', {
      contactId: ana.id,
      text: 'Ask',
      dueOn: '2026-03-10',
      requestId: latest,
    });
    const kept = Object.keys(core.store.read().recentRequests);
    expect(kept).toHaveLength(MAX_RECENT_REQUESTS);
    expect(kept).not.toContain(id);
    expect(kept.at(-1)).toBe(latest);
    await core.close();
  });

  it('a request id must be a UUID', async () => {
    const { core, attempt } = await coreAt();
    expect(
      await attempt('contacts.create', { name: 'Ana', requestId: 'x'.repeat(5000) }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('A request id is a UUID.') },
    });
    await core.close();
  });
});
