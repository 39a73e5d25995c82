/**
 * Contact sync at 5,000 contacts against a real Radicale (Debian's; the bench starts it on a free
 * port with a fresh folder). Figures: the first sync (5,000 contacts to an empty address book),
 * a sync with nothing to do, and one edit made on the server brought into Netwell; and the
 * longest stall of the core's event loop during each (every call the page makes waits on it).
 * Targets (issue #16): nothing to do ≤ 300 ms, one change ≤ 1 s, first sync ≤ 60 s, no stall
 * over 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/app/create-core';
import { dispatch } from '../../electron/core/dispatch';
import type { CallName } from '../../electron/shared/contract';
import { CrmContactSchema } from '../../electron/shared/crm/crm-contact';
import type { SyncStatus } from '../../electron/shared/sync';
import { davServerAvailable, startDavServer } from '../fixtures/dav-servers';
import { DavTestClient } from '../fixtures/dav-test-client';
import { ManualClock } from '../fixtures/manual-clock';
import { confFactory, fakeHost } from '../main/test-core';
import { syntheticContacts } from './fixtures';

const COUNT = 5_000;
const round = (n: number) => Math.round(n * 10) / 10;

/** The longest gap between event-loop turns while `work` runs. */
async function withStallWatch<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; stallMs: number }> {
  let stall = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 1);
    last = now;
  }, 1);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - started, stallMs: stall };
  } finally {
    clearInterval(timer);
  }
}

export async function runSyncBench(): Promise<Record<string, Record<string, number>>> {
  // Radicale, as the target says; NETWELL_BENCH_DAV=xandikos measures the other server.
  const kind = process.env['NETWELL_BENCH_DAV'] === 'xandikos' ? 'xandikos' : 'radicale';
  if (!davServerAvailable(kind)) {
    console.error(`sync bench: ${kind} is not installed (apt-get install ${kind}); skipped.`);
    return {};
  }
  const server = await startDavServer(kind);
  const dataDir = mkdtempSync(join(tmpdir(), 'netwell-sync-bench-'));
  // A clock that never moves on its own: no run starts but the ones measured.
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const core = await createCore({
    dataDir,
    clock,
    settingsFactory: confFactory,
    host: fakeHost({ systemTimeZone: () => 'UTC' }),
  });
  const call = async <T>(name: CallName, input?: unknown): Promise<T> => {
    const result = await dispatch(core.handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as T;
  };
  try {
    // Stored contacts as the store holds them: every CRM field with its default.
    const contacts = syntheticContacts(COUNT).map((c) => CrmContactSchema.parse(c));
    await core.store.update((data) => {
      data.contacts.push(...contacts);
    });
    const connected = await call<SyncStatus>('sync.connect', {
      serverUrl: server.url,
      username: server.username,
      password: server.password,
      addressBook: { create: 'Netwell' },
    });
    const first = await withStallWatch(() => call<SyncStatus>('sync.now'));
    if (process.env['NETWELL_BENCH_DAV']) console.error(`first sync: ${Math.round(first.ms)} ms`);
    if (first.value.lastRun?.pushed.created !== COUNT)
      throw new Error(
        `first sync sent ${first.value.lastRun?.pushed.created} cards, not ${COUNT}: ${first.value.message}`,
      );
    const noops: number[] = [];
    let noopStall = 0;
    for (let i = 0; i < 5; i++) {
      const run = await withStallWatch(() => call<SyncStatus>('sync.now'));
      noops.push(run.ms);
      noopStall = Math.max(noopStall, run.stallMs);
    }
    noops.sort((a, b) => a - b);
    // One edit on the phone: a card's FN changed on the server.
    const client = new DavTestClient(server.username, server.password, server.url);
    const url = connected.account!.addressBook.url;
    const someone = contacts[1234]!;
    const href = new URL(`${someone.id}.vcf`, url).href;
    const { text } = await client.get(href);
    await client.put(href, text.replace(`FN:${someone.name}`, 'FN:Renamed On The Phone'));
    const one = await withStallWatch(() => call<SyncStatus>('sync.now'));
    const renamed = core.store.read().contacts.find((c) => c.id === someone.id)?.name;
    if (renamed !== 'Renamed On The Phone')
      throw new Error(`the server's edit did not arrive (${renamed})`);
    return {
      sync_5k: {
        first_sync_ms: Math.round(first.ms),
        first_sync_stall_max_ms: round(first.stallMs),
        noop_sync_ms: round(noops[Math.floor(noops.length / 2)]!),
        noop_sync_stall_max_ms: round(noopStall),
        one_change_ms: round(one.ms),
        one_change_stall_max_ms: round(one.stallMs),
      },
    };
  } finally {
    await core.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
