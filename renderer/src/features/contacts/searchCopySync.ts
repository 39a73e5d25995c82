/**
 * Keeps the Contacts page's own read-only copy of what its list searches and shows current with
 * the core. The copy itself (data, index, the list's answers) is `shared/search/search-copy.ts`;
 * this is the live part: loaded when the page first opens (about 6 MB at 30,000 contacts, in
 * parts), then brought up to date by asking the core what changed since the version held,
 * whenever contacts change.
 */
import {
  createSearchCopyIndex,
  type SearchCopy,
} from '../../../../electron/shared/search/search-copy';
import type {
  SearchEntries,
  SearchEntriesRequest,
} from '../../../../electron/shared/search/search-entry';
import { createStore, type Store } from '../../lib/createStore';

export type { SearchCopy };
export type SearchCopyIndex = ReturnType<typeof createSearchCopyIndex>;

export interface SearchCopySyncDeps {
  /** The core's `contacts.searchEntries`; null when it could not be asked. */
  ask(request: SearchEntriesRequest): Promise<SearchEntries | null>;
  /** Listens for `contacts.changed`. */
  onContactsChanged(listener: () => void): () => void;
  /** Lets the page handle a key or draw a frame between slices of indexing a whole copy. */
  pause(): Promise<void>;
}

export interface SearchCopySync {
  /** The copy, null until loaded. Subscribers hear of every change to it. */
  readonly copy: Store<SearchCopy | null>;
  /** Answers the list's questions over the copy. */
  readonly index: SearchCopyIndex;
  /**
   * Brings the copy up to date with the core. Calls made while one is under way are folded into
   * one more round after it; the promise settles when the copy is current, or when the core could
   * not be asked (the copy stays as it was, and the next change or opening asks again).
   */
  sync(): Promise<void>;
  /** Loads the copy the first time, and from then on follows every change to the contacts. */
  start(): void;
}

export function createSearchCopySync(deps: SearchCopySyncDeps): SearchCopySync {
  const copy = createStore<SearchCopy | null>(null);
  const index = createSearchCopyIndex();
  let syncing: Promise<void> | null = null;
  let again = false;
  let following = false;

  function sync(): Promise<void> {
    if (syncing) {
      again = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        again = false;
        copy.set(await index.update(copy.get(), deps.ask, deps.pause));
      } while (again);
    })().finally(() => (syncing = null));
    return syncing;
  }

  return {
    copy,
    index,
    sync,
    start() {
      if (!following) {
        following = true;
        deps.onContactsChanged(() => void sync());
      }
      // On every opening, too: a change may have been missed while the host was away.
      void sync();
    },
  };
}
