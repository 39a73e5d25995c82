import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncService } from '../../../electron/core/sync/sync-service';
import { SyncStateFileStore } from '../../../electron/core/sync/sync-state-file';
import { memorySecrets } from '../../../electron/web/memory-secrets';
import type { SyncStatus } from '../../../electron/shared/sync';
import { startDavServer, type DavServer } from '../../fixtures/dav-servers';
import { DavTestClient } from '../../fixtures/dav-test-client';
import { coreAt } from '../core-harness';

/**
 * The server goes away in the middle of a run (after some of the cards were written): nothing is
 * lost or written twice. The next run, with the server back, finishes the job: every contact is on
 * the server exactly once, and Netwell has each person once.
 */
let server: DavServer;
beforeAll(async () => {
  server = await startDavServer('radicale');
}, 30_000);
afterAll(async () => server?.stop());

it('a run cut short by the server going away is finished by the next, with no one twice', async () => {
  const h = await coreAt();
  // undici 8 with its own Agent, as the app's sync uses (Node 24.21's built-in fetch can crash).
  const dispatcher = new Agent();
  let puts = 0;
  let goAwayAt = Infinity;
  // The network as the run sees it: the server stops just before the 6th card is written.
  const fetchThrough: typeof fetch = async (input, init) => {
    if (init?.method === 'PUT' && ++puts === goAwayAt) await server.pause();
    return undiciFetch(input as string, { ...(init as object), dispatcher }) as unknown as Response;
  };
  const sync = new SyncService({
    store: h.core.store,
    settings: h.core.settings,
    bus: h.core.bus,
    clock: h.clock,
    secrets: memorySecrets(),
    files: new SyncStateFileStore(h.dataDir, h.clock),
    timeZone: () => 'UTC',
    log: () => undefined,
    fetch: fetchThrough,
  });
  try {
    // An empty address book first (so the cards then go one by one, not in one request).
    const connected = await sync.connect({
      serverUrl: server.url,
      username: server.username,
      password: server.password,
      addressBook: { create: 'Away' },
    });
    await sync.syncNow();
    for (let i = 0; i < 12; i++)
      await h.call('contacts.create', { name: `Person ${i}`, emails: [`p${i}@example.org`] });

    goAwayAt = puts + 6;
    const cut: SyncStatus = await sync.syncNow();
    expect(cut.state).toBe('offline');
    expect(cut.message).toMatch(/cannot reach/);
    expect(cut.queued).toBeGreaterThan(0);
    await server.resume();

    const done = await sync.syncNow();
    expect(done.state).toBe('idle');
    expect(done.queued).toBe(0);
    const client = new DavTestClient(server.username, server.password, server.url);
    const cards = [...(await client.all(connected.account!.addressBook.url)).values()];
    expect(cards).toHaveLength(12);
    const contacts = await h.contacts();
    expect(contacts).toHaveLength(12);
    for (const c of contacts)
      expect(cards.filter((t) => t.includes(`UID:${c.id}`))).toHaveLength(1);
    // And nothing more to do.
    const again = await sync.syncNow();
    expect(again.lastRun?.pushed).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(again.lastRun?.pulled).toEqual({ created: 0, updated: 0, deleted: 0 });
  } finally {
    await sync.dispose();
    await h.core.close();
  }
}, 60_000);
