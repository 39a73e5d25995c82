import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SecretsPort } from '../../../electron/core/ports';
import { syncSchedule } from '../../../electron/core/sync/sync-schedule';
import { SYNC_STATE_NAME } from '../../../electron/core/sync/sync-state-file';
import type { SyncStatus } from '../../../electron/shared/sync';
import { memorySecrets } from '../../../electron/web/memory-secrets';
import { davServerAvailable, startDavServer, type DavServer } from '../../fixtures/dav-servers';
import { DavTestClient } from '../../fixtures/dav-test-client';
import { fakeHost } from '../../main/test-core';
import { coreAt } from '../core-harness';
import { tempDir } from '../temp-dir';

/**
 * When SyncService runs, on the manual clock, against a real Radicale: at once after connecting,
 * 10 s after a burst of edits, every 5 minutes, never while paused or disconnected, retries after a
 * failure; and what a restart asks for when the password was kept in memory only. The network is
 * real, so the end of a run is awaited in real time.
 */
let server: DavServer;

beforeAll(async () => {
  if (!davServerAvailable('radicale')) throw new Error('radicale is not installed');
  server = await startDavServer('radicale');
}, 30_000);
afterAll(async () => server?.stop());

type Harness = Awaited<ReturnType<typeof coreAt>>;
const open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.core.close();
});

/** A core (on the web host's memory-only secrets unless said), every `sync.changed` recorded. */
async function harness(dataDir = tempDir(), secrets: SecretsPort = memorySecrets()) {
  const host = fakeHost({ systemTimeZone: () => 'UTC', secrets });
  const h = await coreAt('2026-03-02T09:00:00Z', { dataDir, host });
  open.push(h);
  const events: SyncStatus[] = [];
  h.core.bus.on('sync.changed', (status) => events.push(status));
  /** Runs begun so far: each says 'syncing' as it starts (a pause during one says it again). */
  const runs = () =>
    events.filter((e, i) => e.state === 'syncing' && events[i - 1]?.state !== 'syncing').length;
  const inMs = (ms: number) => new Date(h.clock.now().getTime() + ms).toISOString();
  /**
   * Waits (in real time: the server is real) until the run under way has finished and the next
   * one is set: the last thing a run does, after saving its state.
   */
  const settled = async () => {
    await vi.waitFor(
      () =>
        expect(h.core.sync.status()).toMatchObject({
          state: 'idle',
          nextRunAt: inMs(syncSchedule.every),
        }),
      { timeout: 10_000, interval: 5 },
    );
    return h.core.sync.status();
  };
  /** Waits for the end of the run under way, however it ended: its last word is said then. */
  const finished = async () => {
    await vi.waitFor(() => expect(events.at(-1)?.state).not.toBe('syncing'), {
      timeout: 10_000,
      interval: 5,
    });
    return events.at(-1)!;
  };
  return { ...h, events, runs, settled, finished, inMs };
}

const connect = (h: Harness) =>
  h.call<SyncStatus>('sync.connect', {
    serverUrl: server.url,
    username: server.username,
    password: server.password,
    addressBook: { create: `Book ${Math.random().toString(36).slice(2, 8)}` },
  });

/** Every file under `dir`, as text. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, 'latin1') }));

describe('SyncService timing', { timeout: 30_000 }, () => {
  it('runs at once after connecting, then every 5 minutes', async () => {
    const h = await harness();
    const connected = await connect(h);
    expect(connected.state).toBe('idle');
    expect(connected.nextRunAt).toBe(h.inMs(0));
    expect(h.runs()).toBe(0);

    h.clock.advance(0);
    expect(h.runs()).toBe(1);
    const first = await h.settled();
    expect(first).toMatchObject({ state: 'idle', message: null });
    expect(first.lastRun).toMatchObject({ ok: true, at: h.inMs(0) });
    expect(first.nextRunAt).toBe(h.inMs(syncSchedule.every));
    expect(syncSchedule.every).toBe(5 * 60_000);

    h.clock.advance(syncSchedule.every - 1);
    expect(h.runs()).toBe(1);
    h.clock.advance(1);
    expect(h.runs()).toBe(2);
    expect((await h.settled()).nextRunAt).toBe(h.inMs(syncSchedule.every));
    h.clock.advance(syncSchedule.every);
    expect(h.runs()).toBe(3);
    await h.settled();
  });

  it('runs once, 10 s after the first of a burst of edits, and sends them all', async () => {
    const h = await harness();
    await connect(h);
    h.clock.advance(0);
    await h.settled();

    await h.call('contacts.create', { name: 'Ana Lima', emails: ['ana@example.org'] });
    expect(h.core.sync.status().nextRunAt).toBe(h.inMs(syncSchedule.afterChange));
    expect(syncSchedule.afterChange).toBe(10_000);
    h.clock.advance(5_000);
    await h.call('contacts.create', { name: 'Bruno Costa' });
    expect(h.core.sync.status().queued).toBe(2);
    h.clock.advance(4_999);
    expect(h.runs()).toBe(1);
    h.clock.advance(1);
    expect(h.runs()).toBe(2);
    const after = await h.settled();
    expect(after.lastRun?.pushed.created).toBe(2);
    expect(after.queued).toBe(0);
    // The burst is sent: nothing more until the regular run.
    h.clock.advance(syncSchedule.every - 1);
    expect(h.runs()).toBe(2);
  });

  it('runs again right after a run during which something was edited', async () => {
    const h = await harness();
    await connect(h);
    h.clock.advance(0);
    // The first run is under way (the server answers in real time) when Ana is added.
    expect(h.core.sync.status().state).toBe('syncing');
    await h.call('contacts.create', { name: 'Ana Lima' });
    const first = await h.finished();
    expect(first.nextRunAt).toBe(h.inMs(0));
    h.clock.advance(0);
    expect(h.runs()).toBe(2);
    const second = await h.settled();
    expect(second.queued).toBe(0);
    // Ana went in whichever run read the contacts after she was added; once, not twice.
    expect(first.lastRun!.pushed.created + second.lastRun!.pushed.created).toBe(1);
  });

  it('does not run again for the changes it brought from the server itself', async () => {
    const h = await harness();
    const { account } = await connect(h);
    h.clock.advance(0);
    await h.settled();
    // A card written on another device: DAVx5's, from vcard4android's test data
    // (tests/fixtures/sync/cards/README.md).
    const text = readFileSync(
      join(__dirname, '../../fixtures/sync/cards/davx5-allfields.vcf'),
      'utf8',
    );
    const client = new DavTestClient(server.username, server.password, server.url);
    await client.put(`${account!.addressBook.url}davx5.vcf`, text);

    h.clock.advance(syncSchedule.every);
    expect(h.runs()).toBe(2);
    const after = await h.settled();
    expect(after.lastRun?.pulled.created).toBe(1);
    expect((await h.contacts()).map((c) => c.name)).toContain('Ämi Display');
    // Its own contacts.changed asked for no run 10 s later.
    expect(after.nextRunAt).toBe(h.inMs(syncSchedule.every));
  });

  it('stops while paused, edits or not, and runs at once when resumed', async () => {
    const h = await harness();
    await connect(h);
    h.clock.advance(0);
    await h.settled();

    const paused = await h.call<SyncStatus>('sync.pause', { paused: true });
    expect(paused).toMatchObject({ state: 'paused', nextRunAt: null });
    expect(h.events.at(-1)).toEqual(paused);
    await h.call('contacts.create', { name: 'Ana Lima' });
    h.clock.advance(syncSchedule.every * 3);
    expect(h.runs()).toBe(1);
    expect(h.core.sync.status()).toMatchObject({ state: 'paused', nextRunAt: null, queued: 1 });

    const resumed = await h.call<SyncStatus>('sync.pause', { paused: false });
    expect(resumed).toMatchObject({ state: 'idle', nextRunAt: h.inMs(0) });
    h.clock.advance(0);
    expect(h.runs()).toBe(2);
    expect(await h.settled()).toMatchObject({ state: 'idle', queued: 0 });
  });

  it('lets a run under way finish when paused, then sets no next one', async () => {
    const h = await harness();
    await connect(h);
    h.clock.advance(0);
    const during = await h.call<SyncStatus>('sync.pause', { paused: true });
    expect(during).toMatchObject({ state: 'syncing', nextRunAt: null });
    const after = await h.finished();
    expect(after).toMatchObject({ state: 'paused', nextRunAt: null });
    expect(after.lastRun).toMatchObject({ ok: true });
    h.clock.advance(syncSchedule.every * 2);
    expect(h.runs()).toBe(1);
  });

  it('says every change of status in sync.changed, the status itself', async () => {
    const h = await harness();
    const connected = await connect(h);
    expect(h.events.at(-1)).toEqual(connected);
    h.clock.advance(0);
    expect(h.events.at(-1)?.state).toBe('syncing');
    const done = await h.settled();
    expect(h.events.at(-1)).toEqual(done);
    expect(h.events.map((e) => e.state)).toEqual(['idle', 'syncing', 'idle']);
  });
});

describe('SyncService disconnect', { timeout: 30_000 }, () => {
  it('forgets the account, its password and state, stops running, and deletes nothing', async () => {
    const secrets = memorySecrets();
    const h = await harness(tempDir(), secrets);
    await h.call('contacts.create', { name: 'Ana Lima' });
    const { account } = await connect(h);
    h.clock.advance(0);
    await h.settled();
    const key = `sync:${server.username}@${server.url}`;
    expect(await secrets.get(key)).toBe(server.password);
    // The state is written just after the run answers.
    await vi.waitFor(() => expect(readdirSync(h.dataDir)).toContain(SYNC_STATE_NAME));

    const off = await h.call<SyncStatus>('sync.disconnect');
    expect(off).toMatchObject({ state: 'off', account: null, nextRunAt: null, message: null });
    expect(h.events.at(-1)).toEqual(off);
    expect(await secrets.get(key)).toBeNull();
    expect(readdirSync(h.dataDir)).not.toContain(SYNC_STATE_NAME);
    await h.call('contacts.create', { name: 'Bruno Costa' });
    h.clock.advance(syncSchedule.every * 2);
    expect(h.runs()).toBe(1);
    // Nothing deleted on either side.
    expect((await h.contacts()).map((c) => c.name).sort()).toEqual(['Ana Lima', 'Bruno Costa']);
    const client = new DavTestClient(server.username, server.password, server.url);
    expect(await client.hrefs(account!.addressBook.url)).toHaveLength(1);
  });
});

describe('SyncService after a failed run', { timeout: 30_000 }, () => {
  it('tries again after 30 s, doubling, while the server is down, and is back once it is', async () => {
    const h = await harness();
    await connect(h);
    h.clock.advance(0);
    await h.settled();

    await server.pause();
    try {
      h.clock.advance(syncSchedule.every);
      const down = await h.finished();
      expect(down.state).toBe('offline');
      expect(down.message).toMatch(/cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
      expect(down.lastRun).toMatchObject({ ok: false });
      expect(down.nextRunAt).toBe(h.inMs(syncSchedule.retry));
      expect(syncSchedule.retry).toBe(30_000);
      h.clock.advance(syncSchedule.retry - 1);
      expect(h.runs()).toBe(2);
      h.clock.advance(1);
      expect(h.runs()).toBe(3);
      expect((await h.finished()).nextRunAt).toBe(h.inMs(2 * syncSchedule.retry));
      h.clock.advance(2 * syncSchedule.retry);
      expect((await h.finished()).nextRunAt).toBe(h.inMs(4 * syncSchedule.retry));
      h.clock.advance(4 * syncSchedule.retry);
      expect((await h.finished()).nextRunAt).toBe(h.inMs(8 * syncSchedule.retry));
      h.clock.advance(8 * syncSchedule.retry);
      // Never longer than the regular run.
      expect((await h.finished()).nextRunAt).toBe(h.inMs(syncSchedule.every));
    } finally {
      await server.resume();
    }
    h.clock.advance(syncSchedule.every);
    expect(await h.settled()).toMatchObject({ state: 'idle', message: null });
    expect(h.core.sync.status().lastRun).toMatchObject({ ok: true });
  });

  it('stops and asks for the password when the server refuses it, until it is given', async () => {
    const h = await harness();
    await connect(h);
    h.clock.advance(0);
    await h.settled();
    const old = server.password;
    await server.setPassword('a-new-app-password');
    try {
      h.clock.advance(syncSchedule.every);
      const refused = await h.finished();
      expect(refused).toMatchObject({ state: 'password-refused', nextRunAt: null });
      expect(refused.message).toMatch(/refused the user name or password/);
      // No retries with a password the server refuses.
      h.clock.advance(syncSchedule.every * 3);
      expect(h.runs()).toBe(2);

      await h.call('sync.setPassword', { password: 'a-new-app-password' });
      h.clock.advance(0);
      expect(h.runs()).toBe(3);
      expect(await h.settled()).toMatchObject({ state: 'idle', message: null });
      for (const event of h.events) expect(JSON.stringify(event)).not.toContain('a-new-app');
    } finally {
      await server.setPassword(old);
    }
  });
});

describe('SyncService after a restart', { timeout: 30_000 }, () => {
  it('asks for the password in words, and runs again once it is given', async () => {
    const dataDir = tempDir();
    const first = await harness(dataDir);
    await connect(first);
    first.clock.advance(0);
    await first.settled();
    await first.call('contacts.create', { name: 'Ana Lima' });
    await first.core.close();
    open.splice(open.indexOf(first), 1);

    const again = await harness(dataDir);
    // Started: it knows the password is missing, and (its state read) that one change waits.
    await vi.waitFor(() =>
      expect(again.core.sync.status()).toMatchObject({ state: 'needs-password', queued: 1 }),
    );
    const asking = again.core.sync.status();
    expect(asking.passwordStorage).toBe('memory');
    expect(asking.message).toMatch(/password/);
    expect(asking.nextRunAt).toBeNull();
    // No run without it, however long.
    again.clock.advance(syncSchedule.every * 2);
    expect(again.runs()).toBe(0);

    const given = await again.call<SyncStatus>('sync.setPassword', { password: server.password });
    expect(given).toMatchObject({ state: 'idle', message: null, nextRunAt: again.inMs(0) });
    again.clock.advance(0);
    expect(again.runs()).toBe(1);
    const done = await again.settled();
    expect(done).toMatchObject({ state: 'idle', message: null, queued: 0 });
    expect(done.lastRun).toMatchObject({ ok: true });
    expect(done.lastRun?.pushed.created).toBe(1);

    // The password is nowhere on disk, nor in anything said to the windows.
    const files = filesIn(dataDir);
    const names = files.map((f) => f.path.slice(dataDir.length + 1));
    expect(names).toContain('settings.json');
    expect(names).toContain(SYNC_STATE_NAME);
    for (const file of files) expect(file.text, file.path).not.toContain(server.password);
    for (const event of [...first.events, ...again.events])
      expect(JSON.stringify(event)).not.toContain(server.password);
  });

  it('runs 5 s after a start when the keychain has the password', async () => {
    const dataDir = tempDir();
    const keychain: SecretsPort = { ...memorySecrets(), kind: 'keychain' };
    const first = await harness(dataDir, keychain);
    await connect(first);
    first.clock.advance(0);
    await first.settled();
    await first.core.close();
    open.splice(open.indexOf(first), 1);

    const again = await harness(dataDir, keychain);
    await vi.waitFor(() =>
      expect(again.core.sync.status().nextRunAt).toBe(again.inMs(syncSchedule.atStart)),
    );
    expect(again.core.sync.status()).toMatchObject({ state: 'idle', message: null });
    expect(syncSchedule.atStart).toBe(5_000);
    again.clock.advance(syncSchedule.atStart - 1);
    expect(again.runs()).toBe(0);
    again.clock.advance(1);
    expect(again.runs()).toBe(1);
    expect(await again.settled()).toMatchObject({ state: 'idle' });
  });

  it('says the keychain lost the password when a keychain, not memory, comes back empty', async () => {
    const dataDir = tempDir();
    const first = await harness(dataDir);
    await connect(first);
    await first.core.close();
    open.splice(open.indexOf(first), 1);

    // A keychain whose key changed since (keychain-secrets.ts answers null then).
    const reset: SecretsPort = { ...memorySecrets(), kind: 'keychain' };
    const again = await harness(dataDir, reset);
    await vi.waitFor(() =>
      expect(again.core.sync.status()).toMatchObject({
        state: 'needs-password',
        passwordStorage: 'keychain',
      }),
    );
    expect(again.core.sync.status().message).toMatch(/keychain no longer has it/);
  });
});
