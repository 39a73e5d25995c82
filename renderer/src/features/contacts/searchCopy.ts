/**
 * The Contacts page's own read-only copy of what its list searches and shows (`SearchEntry`):
 * with it, a keystroke is answered in the page, by the same search code the core runs, with no
 * round trip to the core. Loaded when the page first opens (about 6 MB at 30,000 contacts, in
 * parts), then kept current by asking the core what changed since the version held, whenever
 * contacts change.
 */
import {
  createSearchCopyIndex,
  type SearchCopy,
} from '../../../../electron/shared/search/search-copy';
import type { SearchEntriesRequest } from '../../../../electron/shared/search/search-entry';
import { netwell } from '../../bridge/netwell';
import { createStore } from '../../lib/createStore';

export type { SearchCopy };

/** The copy, null until loaded. Subscribers hear of every change to it. */
export const searchCopy = createStore<SearchCopy | null>(null);

export const copyIndex = createSearchCopyIndex();

/** Lets the page handle a key or draw a frame between slices of indexing a whole copy. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const ask = async (request: SearchEntriesRequest) => {
  const result = await netwell.contacts.searchEntries(request);
  return result.ok ? result.value : null;
};

let syncing: Promise<void> | null = null;
let again = false;

/**
 * Brings the copy up to date with the core. Calls made while one is under way are folded into
 * one more round after it; the promise settles when the copy is current, or when the core could
 * not be asked (the copy stays as it was, and the next change or opening asks again).
 */
export function syncSearchCopy(): Promise<void> {
  if (syncing) {
    again = true;
    return syncing;
  }
  syncing = (async () => {
    do {
      again = false;
      searchCopy.set(await copyIndex.update(searchCopy.get(), ask, nextTask));
    } while (again);
  })().finally(() => (syncing = null));
  return syncing;
}

let following = false;

/** Loads the copy the first time, and from then on follows every change to the contacts. */
export function startSearchCopy(): void {
  if (!following) {
    following = true;
    netwell.on('contacts.changed', () => void syncSearchCopy());
  }
  // On every opening, too: a change may have been missed while the host was away.
  void syncSearchCopy();
}
