import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../electron/core/clock';
import { searchContacts } from '../../electron/core/contacts/contact-search';
import { DATA_FILE, openStore } from '../../electron/core/store/open-store';
import type { Contact } from '../../electron/shared/contact';
import { fold } from '../../electron/shared/text';
import { QUERIES, syntheticContacts } from './fixtures';
import { measure, measureAsync } from './stats';

/**
 * The baseline, measured in the same run: the obvious implementation with the same result (fold
 * every field of every contact per query, then sort the hits by rank and name).
 */
function naiveSearch(contacts: Contact[], query: string): Contact[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const rank = (c: Contact) =>
    fold(c.name)
      .split(/\s+/)
      .some((w) => w.startsWith(words[0] ?? ''))
      ? 0
      : 1;
  return contacts
    .filter((c) => {
      const text = fold([c.name, c.company, c.role, ...c.tags, ...c.emails].join('\n'));
      return words.every((w) => text.includes(w));
    })
    .sort(
      (a, b) =>
        rank(a) - rank(b) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
    );
}

export async function runCrmBench(size = 5000): Promise<Record<string, Record<string, number>>> {
  const contacts = syntheticContacts(size);
  let q = 0;
  const search = measure(() => void searchContacts(contacts, QUERIES[q++ % QUERIES.length]), 300);
  q = 0;
  const naive = measure(() => void naiveSearch(contacts, QUERIES[q++ % QUERIES.length]!), 100);

  const dir = mkdtempSync(join(tmpdir(), 'netwell-bench-'));
  try {
    writeFileSync(join(dir, DATA_FILE), JSON.stringify({ version: 1, contacts, trash: [] }));
    const openStart = performance.now();
    const store = await openStore({ dataDir: dir, clock: systemClock() });
    const openMs = performance.now() - openStart;
    let n = 0;
    const write = await measureAsync(
      () => store.update((d) => void (d.contacts[n++ % size]!.notes = `edited ${n}`)),
      40,
    );
    await store.close();
    return {
      search: {
        contacts_count: size,
        p50_ms: search.p50,
        p95_ms: search.p95,
        baseline_naive_p50_ms: naive.p50,
        baseline_naive_p95_ms: naive.p95,
      },
      store: {
        contacts_count: size,
        open_ms: Math.round(openMs * 100) / 100,
        durable_write_p50_ms: write.p50,
        durable_write_p95_ms: write.p95,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
