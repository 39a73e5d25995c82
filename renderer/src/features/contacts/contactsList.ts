/**
 * The Contacts list: what it shows, and the questions it asks. Answers come from the page's own
 * search copy once it is loaded (a keystroke is answered at once, in the page), else from the
 * core; `answerer()` is the one place that decides. One per app (see `useContacts.ts`).
 */
import type { NetwellApi } from '../../../../electron/shared/api';
import type {
  ContactFilter,
  ContactPage,
  ContactRow,
} from '../../../../electron/shared/contact-page';
import { createLiveStore, type Store } from '../../lib/createStore';
import {
  INITIAL_CONTACTS,
  PAGE_SIZE,
  pagesToLoad,
  refreshRange,
  withAnswer,
  withRows,
  type ContactsState,
  type ListSource,
  type VisibleRows,
} from './contactsListModel';
import type { SearchCopySync } from './searchCopySync';

export type { ContactFilter, ContactRow, ContactsState };

export interface ContactsListDeps {
  core: Pick<NetwellApi['contacts'], 'page' | 'matchIds'>;
  /** Listens for `contacts.changed`. */
  onContactsChanged(listener: () => void): () => void;
  copy: Pick<SearchCopySync, 'copy' | 'index' | 'sync'>;
}

export interface ContactsList {
  readonly store: Store<ContactsState>;
  search(query: string): void;
  filter(filter: ContactFilter): void;
  /** The list shows rows `start`..`end`: load the pages among them not loaded yet. */
  showRows(start: number, end: number): void;
  /** Every id the current search and filter show, for "select all". */
  allMatchingIds(): Promise<string[]>;
  /** After a change made here (a save, an import): the list shows it once this settles. */
  refresh(): Promise<void>;
}

/** Answers at once (the copy) or later (the core); null when the core could not answer. */
type Answer<T> = T | Promise<T | null>;

interface Answerer {
  readonly source: ListSource;
  page(query: string, filter: ContactFilter, offset: number, limit: number): Answer<ContactPage>;
  ids(query: string, filter: ContactFilter): Answer<string[]>;
}

/** Runs `then` on an answer: at once when it is there, so a keystroke is answered in the same task. */
function whenAnswered<T>(answer: Answer<T>, then: (value: T | null) => void): Promise<void> {
  if (answer instanceof Promise) return answer.then(then);
  then(answer);
  return Promise.resolve();
}

export function createContactsList({
  core,
  onContactsChanged,
  copy,
}: ContactsListDeps): ContactsList {
  /** Each new question gets a number; answers to an older one are dropped. */
  let question = 0;
  /** Pages being fetched for the current question. */
  let inFlight = new Set<number>();
  /** The rows the list last showed, so a refresh after an edit reloads what is on screen. */
  let visible: VisibleRows = { start: 0, end: PAGE_SIZE };

  const fromCore: Answerer = {
    source: 'core',
    page: (query, filter, offset, limit) =>
      core.page({ query, filter, offset, limit }).then((result) => {
        if (result.ok) return result.value;
        store.set((state) => ({ ...state, status: 'error', error: result.error.message }));
        return null;
      }),
    ids: (query, filter) =>
      core.matchIds({ query, filter }).then((result) => (result.ok ? result.value : [])),
  };

  /** Where answers come from now: the page's search copy once loaded, else the core. */
  function answerer(): Answerer {
    const held = copy.copy.get();
    if (!held) return fromCore;
    return {
      source: 'copy',
      page: (query, filter, offset, limit) => ({
        ...copy.index.page(held, query, filter, offset, limit),
        offset,
        counts: copy.index.counts(held),
      }),
      ids: (query, filter) => copy.index.ids(held, query, filter),
    };
  }

  /** Asks again from scratch (new search, new filter, or a contact changed), keeping the visible rows. */
  function askAgain(): Promise<void> {
    const mine = ++question;
    inFlight = new Set();
    const { query, filter } = store.get();
    const { offset, limit } = refreshRange(visible);
    const from = answerer();
    return whenAnswered(from.page(query, filter, offset, limit), (page) => {
      if (mine === question && page)
        store.set((state) => withAnswer(state, query, filter, page, from.source));
    });
  }

  const store = createLiveStore<ContactsState>(INITIAL_CONTACTS, () => {
    void askAgain();
    const offChanged = onContactsChanged(() => {
      // With the copy loaded, its update (below) answers instead.
      if (answerer().source === 'core') void askAgain();
    });
    const offCopy = copy.copy.subscribe(() => void askAgain());
    return () => {
      offChanged();
      offCopy();
    };
  });

  return {
    store,

    search(query) {
      if (query === store.get().query) return;
      store.set((state) => ({ ...state, query }));
      // Back to the top: one page answers, the smallest reply a keystroke can get.
      visible = { start: 0, end: 0 };
      void askAgain();
    },

    filter(filter) {
      if (filter === store.get().filter) return;
      store.set((state) => ({ ...state, filter }));
      visible = { start: 0, end: 0 };
      void askAgain();
    },

    showRows(start, end) {
      visible = { start, end };
      const state = store.get();
      if (state.status !== 'ready') return;
      const mine = question;
      const asked = inFlight;
      const from = answerer();
      for (const page of pagesToLoad(state, start, end, asked)) {
        asked.add(page);
        const offset = page * PAGE_SIZE;
        void whenAnswered(from.page(state.query, state.filter, offset, PAGE_SIZE), (found) => {
          asked.delete(page);
          if (mine !== question || !found) return;
          store.set((s) => withRows(s, found.offset, found.rows));
        });
      }
    },

    async allMatchingIds() {
      const { query, filter } = store.get();
      return (await answerer().ids(query, filter)) ?? [];
    },

    async refresh() {
      if (answerer().source === 'copy') await copy.sync();
      await askAgain();
    },
  };
}
