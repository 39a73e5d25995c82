import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import type {
  SearchEntries,
  SearchEntriesRequest,
  SearchEntry,
} from '../../shared/search/search-entry';
import { contactsByName, searchTextOf } from './contact-search';

/** Past this many changes, the whole copy is cheaper for the renderer than patching its own. */
const MOST_CHANGES = 2000;
/** Versions remembered to send changes or parts from: a renderer further behind gets everything. */
const REMEMBERED = 8;
/** Entries per part of a whole copy: about 0.6 MB, parsed in a few milliseconds. */
export const PART_SIZE = 3000;

function entryOf(contact: CrmContact): SearchEntry {
  return {
    id: contact.id,
    name: contact.name,
    company: contact.company,
    role: contact.role,
    ...(contact.favourite ? { favourite: true as const } : {}),
    ...(contact.archived ? { archived: true as const } : {}),
    ...(contact.blocked ? { blockedOn: contact.blocked.on } : {}),
    text: searchTextOf(contact),
  };
}

/**
 * The records `after` has and `before` lacks, and the ids gone from it; null past MOST_CHANGES.
 * An edit replaces records in place, so arrays of one length are compared position by position
 * (only the positions that differ can hold a change); building two sets of 30,000 for each of the
 * page's asks made 2.7 MB of garbage per edit.
 */
function differenceOf(
  before: readonly CrmContact[],
  after: readonly CrmContact[],
): { changed: CrmContact[]; removed: string[] } | null {
  let olds: readonly CrmContact[] = before;
  let news: readonly CrmContact[] = after;
  if (before.length === after.length) {
    const differ: number[] = [];
    for (let i = 0; i < after.length; i++) {
      if (after[i] !== before[i] && differ.push(i) > MOST_CHANGES) return null;
    }
    olds = differ.map((i) => before[i]!);
    news = differ.map((i) => after[i]!);
  }
  const had = new Set(olds);
  const changed = news.filter((c) => !had.has(c));
  if (changed.length > MOST_CHANGES) return null;
  const ids = new Set(news.map((c) => c.id));
  const removed = olds.filter((c) => !ids.has(c.id)).map((c) => c.id);
  if (changed.length + removed.length > MOST_CHANGES) return null;
  return { changed, removed };
}

/**
 * The renderer's search copy, and what changed in it since a version. A version names one
 * contacts array: the store replaces the array on every change and shares the records that did not
 * change, so what changed between two versions is the records one array has and the other lacks.
 * Versions carry this process's own prefix, so a copy made from an earlier run of the core (the
 * browser host restarted) is never mistaken for a current one.
 */
export function createSearchEntries(session: string = globalThis.crypto.randomUUID()) {
  const versions = new WeakMap<readonly CrmContact[], string>();
  const recent: { version: string; contacts: readonly CrmContact[] }[] = [];
  let serial = 0;

  function versionOf(contacts: readonly CrmContact[]): string {
    let version = versions.get(contacts);
    if (version === undefined) {
      version = `${session}:${++serial}`;
      versions.set(contacts, version);
      recent.push({ version, contacts });
      if (recent.length > REMEMBERED) recent.shift();
    }
    return version;
  }

  function everything(version: string, contacts: readonly CrmContact[], offset = 0): SearchEntries {
    const sorted = contactsByName(contacts);
    const entries = sorted.slice(offset, offset + PART_SIZE).map(entryOf);
    return { version, full: true, offset, total: sorted.length, entries };
  }

  return function searchEntries(
    contacts: readonly CrmContact[],
    { since, part }: SearchEntriesRequest = {},
  ): SearchEntries {
    // A next part comes from the list the first part came from, while it is remembered; after
    // that, the renderer starts again from the first part of the current list.
    if (part) {
      const held = recent.find((r) => r.version === part.version);
      if (held) return everything(held.version, held.contacts, part.offset);
    }
    const version = versionOf(contacts);
    if (since === version) return { version, full: false, changed: [], removed: [] };
    const before = recent.find((r) => r.version === since)?.contacts;
    if (!before) return everything(version, contacts);
    const difference = differenceOf(before, contacts);
    if (!difference) return everything(version, contacts);
    const { changed, removed } = difference;
    return { version, full: false, changed: changed.map(entryOf), removed };
  };
}
