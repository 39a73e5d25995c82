/**
 * The store at the scale of an imported LinkedIn network (30,000 contacts, 150,000 interactions):
 * start-up to the first answered query, how long one edit blocks the event loop and how long until
 * it is durable, compaction (in its worker, and what it costs the main thread), and, measured in
 * the same run, the baselines: lowdb's own JSONFile write of the same data, and the previous store
 * (structuredClone of everything, then a durable whole-file write) per edit.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSONFile } from 'lowdb/node';
import { systemClock } from '../../electron/core/clock';
import { searchContacts, searchPage } from '../../electron/core/contacts/contact-search';
import { shownBy } from '../../electron/core/crm/safety/block-rules';
import { writeJsonDurably } from '../../electron/core/store/json-file';
import type { Data } from '../../electron/core/store/data-schema';
import { DATA_FILE, openStore } from '../../electron/core/store/open-store';
import { QUERIES } from './fixtures';
import { generateAppData } from './generate-app-data';
import { peerSearches } from './search-peers';
import { measure, summarise } from './stats';

const round = (n: number) => Math.round(n * 100) / 100;

/** Runs `fn` while a 1 ms ticker watches the event loop; returns the longest stall (ms). */
async function longestStall<T>(fn: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 1);
    last = now;
  }, 1);
  try {
    const value = await fn();
    return { value, stallMs: Math.max(0, worst) };
  } finally {
    clearInterval(ticker);
  }
}

export async function runStoreBench(
  options: { contacts?: number; interactions?: number; edits?: number } = {},
): Promise<Record<string, Record<string, number>>> {
  const edits = options.edits ?? 200;
  const dataset = generateAppData(options);
  const size = dataset.contacts.length;
  const dir = mkdtempSync(join(tmpdir(), 'netwell-bench-store-'));
  try {
    // The snapshot as the store writes it (through the same durable writer).
    const file = join(dir, DATA_FILE);
    await writeJsonDurably(file, dataset);
    const snapshotMb = statSync(file).size / 1024 / 1024;

    // Baselines: lowdb's JSONFile (steno: temp file + rename, no fsync), and the previous store.
    const plain: number[] = [];
    const lowdbFile = new JSONFile<Data>(join(dir, 'plain-lowdb.json'));
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await lowdbFile.write(dataset);
      plain.push(performance.now() - start);
    }
    const old: number[] = [];
    const oldBlocking: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { stallMs } = await longestStall(async () => {
        const start = performance.now();
        const draft = structuredClone(dataset);
        draft.contacts[i]!.notes = `edited ${i}`;
        await writeJsonDurably(join(dir, 'old-store.json'), draft);
        old.push(performance.now() - start);
      });
      oldBlocking.push(stallMs);
    }

    // Start-up: lock, read the snapshot, replay the journal, first search, each in a fresh process
    // as the app starts (this one's heap, holding the data set and baselines, would slow the
    // parse). The first time a file without a seal is opened (written by hand, by an older
    // Netwell, a restored backup) it is validated in full and written back sealed; every later
    // start-up reads the sealed file.
    const unsealedOpenToFirstQuery = timedStartUp(dir);
    const openToFirstQuery = timedStartUp(dir);
    const store = await openStore({ dataDir: dir, clock: systemClock() });

    // Edits one at a time (each awaited): 70% edit a contact, 20% log an interaction, 10% delete.
    const blocking: number[] = [];
    const durable: number[] = [];
    for (let n = 0; n < edits; n++) {
      const ids = store.read().contacts;
      const target = ids[(n * 7919) % ids.length]!.id;
      const kind = n % 10 === 9 ? 'delete' : n % 10 >= 7 ? 'interaction' : 'edit';
      const start = performance.now();
      const done = store.update((d) => {
        if (kind === 'interaction') {
          d.interactions.push({
            id: `bench-${n}`,
            contactId: target,
            kind: 'message',
            at: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
            direction: 'outbound',
            channel: 'linkedin',
            note: 'Followed up after the bench',
            meetingId: null,
            introductionId: null,
            eventId: null,
          });
          return;
        }
        const i = d.contacts.findIndex((c) => c.id === target);
        if (kind === 'delete') d.contacts.splice(i, 1);
        else d.contacts[i] = { ...d.contacts[i]!, notes: `edited ${n}` };
      });
      blocking.push(performance.now() - start);
      await done;
      durable.push(performance.now() - start);
    }
    // The first search after an edit: the list is a new array (re-sorted), its contacts mostly the
    // same objects (their folded text stays cached: immer shares what did not change).
    searchContacts(store.read().contacts, 'maria');
    await store.update((d) => void (d.contacts[0]!.notes = 'one more edit'));
    const afterEditStart = performance.now();
    searchContacts(store.read().contacts, 'maria');
    const firstQueryAfterEdit = performance.now() - afterEditStart;
    // A copy of the folder as it is now, with those edits in the journal (the usual state after a
    // crash or power cut), to time a start-up that replays and validates them.
    const withJournal = mkdtempSync(join(tmpdir(), 'netwell-bench-journal-'));
    for (const name of readdirSync(dir)) {
      if (name.startsWith('netwell-data')) copyFileSync(join(dir, name), join(withJournal, name));
    }
    const block = summarise(blocking.slice(10));
    const dur = summarise(durable.slice(10));

    // Compaction of the journal written above, in the worker.
    const compactStart = performance.now();
    const { value: result, stallMs } = await longestStall(() => store.compact());
    const compactWall = performance.now() - compactStart;
    const closeStart = performance.now();
    await store.close();
    const closeMs = performance.now() - closeStart;
    const reopenToFirstQuery = timedStartUp(withJournal);
    rmSync(withJournal, { recursive: true, force: true });

    // Search over the 30,000 contacts (the app's core search, index warm as in the app).
    let q = 0;
    const search = measure(
      () => void searchContacts(dataset.contacts, QUERIES[q++ % QUERIES.length]),
      300,
    );
    // The list's question on every keystroke while typing each query and erasing it again: one
    // page of 60 rows, the count, active contacts only (what `contacts.page` asks the core).
    const typingSamples: number[] = [];
    for (const query of QUERIES) {
      const steps = [...query].map((_, i) => query.slice(0, i + 1));
      for (const typed of [...steps, ...steps.slice(0, -1).reverse(), '']) {
        const start = performance.now();
        searchPage(dataset.contacts, typed, shownBy('active'), 0, 60);
        typingSamples.push(performance.now() - start);
      }
    }
    const typing = summarise(typingSamples);
    // The peers over the same contacts and queries (see search-peers.ts), and Netwell's matches
    // for the same pass, to show they answer the same question.
    const peers = peerSearches(dataset.contacts, QUERIES);
    const netwellMatches = QUERIES.reduce(
      (n, query) => n + searchContacts(dataset.contacts, query).length,
      0,
    );
    const plainStats = summarise(plain);
    const oldStats = summarise(old);
    return {
      store_30k: {
        contacts_count: size,
        interactions_count: dataset.interactions.length,
        snapshot_mb: round(snapshotMb),
        open_to_first_query_ms: round(openToFirstQuery),
        open_unsealed_to_first_query_ms: round(unsealedOpenToFirstQuery),
        open_with_journal_to_first_query_ms: round(reopenToFirstQuery),
        edits_count: edits,
        edit_blocking_p50_ms: block.p50,
        edit_blocking_p95_ms: block.p95,
        edit_durable_p50_ms: dur.p50,
        edit_durable_p95_ms: dur.p95,
        compaction_ms: round(result?.ms ?? 0),
        compaction_wall_ms: round(compactWall),
        compaction_main_thread_blocked_ms: round(stallMs),
        close_ms: round(closeMs),
        plain_lowdb_write_p50_ms: plainStats.p50,
        plain_lowdb_write_p95_ms: plainStats.p95,
        old_clone_durable_write_p50_ms: oldStats.p50,
        old_clone_durable_write_p95_ms: oldStats.p95,
        old_clone_durable_write_blocking_max_ms: round(Math.max(...oldBlocking)),
      },
      search_30k: {
        contacts_count: size,
        p50_ms: search.p50,
        p95_ms: search.p95,
        first_query_after_edit_ms: round(firstQueryAfterEdit),
        typing_page_keystrokes_count: typingSamples.length,
        typing_page_p50_ms: typing.p50,
        typing_page_p95_ms: typing.p95,
        matches_count: netwellMatches,
        baseline_minisearch_p50_ms: peers.minisearch.p50,
        baseline_minisearch_p95_ms: peers.minisearch.p95,
        baseline_minisearch_matches_count: peers.minisearch.matches,
        baseline_flexsearch_p50_ms: peers.flexsearch.p50,
        baseline_flexsearch_p95_ms: peers.flexsearch.p95,
        baseline_flexsearch_matches_count: peers.flexsearch.matches,
        p95_vs_better_peer_ratio:
          Math.round((search.p95 / Math.min(peers.minisearch.p95, peers.flexsearch.p95)) * 1000) /
          1000,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The argument that makes `out/web/bench.js` time one start-up and print it (see main.ts). */
export const STARTUP_PROBE = '--startup-probe';

/** Opens the store in `dataDir` and answers the first query; prints `{"ms": …}`. */
export async function startUpProbe(dataDir: string): Promise<void> {
  const start = performance.now();
  const store = await openStore({ dataDir, clock: systemClock() });
  const found = searchContacts(store.read().contacts, 'maria');
  if (found.length === 0) throw new Error('the first query found nothing');
  const ms = performance.now() - start;
  await store.close();
  console.log(JSON.stringify({ ms }));
}

/** Start-up to the first answered query in a process of its own, as the app starts. */
function timedStartUp(dataDir: string): number {
  const child = spawnSync(process.execPath, [process.argv[1]!, STARTUP_PROBE, dataDir], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`the start-up probe failed: ${child.stderr}`);
  return (JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { ms: number }).ms;
}
