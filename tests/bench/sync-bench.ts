/**
 * Contact sync at 5,000 contacts against a real Radicale (Debian's; the bench starts it on a free
 * port with a fresh folder). Figures: the first sync (5,000 contacts to an empty address book),
 * a sync with nothing to do, and one edit made on the server brought into Netwell; and the
 * longest stall of the core's event loop during each (every call the page makes waits on it).
 * Targets (issue #16): nothing to do ≤ 300 ms, one change ≤ 1 s, first sync ≤ 60 s, no stall
 * over 50 ms. Each stall is also given without the garbage collector's pauses in it (V8's, from
 * perf_hooks 'gc' entries): sync's own code runs in slices of 8 ms, and what exceeds that is GC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

/** A full GC, where the process was not started with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The longest gap between event-loop turns while `work` runs, and the longest once the garbage
 * collector's pauses inside each gap are taken out (what sync's own code held the loop for).
 */
async function withStallWatch<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; stallMs: number; workStallMs: number }> {
  const gaps: { from: number; to: number }[] = [];
  const pauses: { from: number; to: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      pauses.push({ from: e.startTime, to: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > 2) gaps.push({ from: last, to: now });
    last = now;
  }, 1);
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    // GC entries arrive after the pause: let them in.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const gc = (g: { from: number; to: number }) =>
      pauses.reduce(
        (sum, p) => sum + Math.max(0, Math.min(g.to, p.to) - Math.max(g.from, p.from)),
        0,
      );
    const stall = (g: { from: number; to: number }) => g.to - g.from - 1;
    return {
      value,
      ms,
      stallMs: Math.max(0, ...gaps.map(stall)),
      workStallMs: Math.max(0, ...gaps.map((g) => stall(g) - gc(g))),
    };
  } finally {
    clearInterval(timer);
    observer.disconnect();
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
    // The garbage of the bench's own setup (5,000 contacts parsed and stored) is collected first:
    // the stalls measured are then sync's, from connecting on (its allocations, and their GC).
    collectGarbage();
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
    let noopWorkStall = 0;
    for (let i = 0; i < 5; i++) {
      const run = await withStallWatch(() => call<SyncStatus>('sync.now'));
      noops.push(run.ms);
      noopStall = Math.max(noopStall, run.stallMs);
      noopWorkStall = Math.max(noopWorkStall, run.workStallMs);
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
        first_sync_stall_without_gc_max_ms: round(first.workStallMs),
        noop_sync_ms: round(noops[Math.floor(noops.length / 2)]!),
        noop_sync_stall_max_ms: round(noopStall),
        noop_sync_stall_without_gc_max_ms: round(noopWorkStall),
        one_change_ms: round(one.ms),
        one_change_stall_max_ms: round(one.stallMs),
        one_change_stall_without_gc_max_ms: round(one.workStallMs),
      },
    };
  } finally {
    await core.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
