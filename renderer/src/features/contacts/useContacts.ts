import type {
  ContactCounts,
  ContactFilter,
  ContactPage,
  ContactRow,
} from '../../../../electron/shared/contact-page';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';
import { copyIndex, searchCopy, syncSearchCopy } from './searchCopy';

export type { ContactFilter, ContactRow };

/** Rows asked for at a time: a screenful or two, so a keystroke's answer is small. */
export const PAGE_SIZE = 60;

export interface ContactsState {
  /** The search as last sent to the host. */
  query: string;
  /** Which people the list shows: blocked ones only ever under "blocked". */
  filter: ContactFilter;
  status: 'loading' | 'ready' | 'error';
  /** How many people match the search and filter. */
  matches: number;
  /** The rows loaded so far, by position in the results (the list is virtualised: gaps load on scroll). */
  rows: readonly (ContactRow | undefined)[];
  /** The query and filter `rows` answer: the list shows it once the rows are on screen. */
  answered: string;
  counts: ContactCounts;
  /** Who answered last: the page's own search copy, or the core while the copy loads. */
  source: 'copy' | 'core';
  error?: string;
}

const NO_COUNTS: ContactCounts = { active: 0, favourites: 0, archived: 0, blocked: 0 };

/** Each new question gets a number; answers to an older one are dropped. */
let question = 0;
/** Pages being fetched for the current question. */
let inFlight = new Set<number>();
/** The rows the list last showed, so a refresh after an edit reloads what is on screen. */
let visible = { start: 0, end: PAGE_SIZE };

const keyOf = (query: string, filter: ContactFilter) => `${filter}:${query}`;

function fetchPage(offset: number, limit: number): Promise<ContactPage | null> {
  const { query, filter } = contactsStore.get();
  return netwell.contacts.page({ query, filter, offset, limit }).then((result) => {
    if (!result.ok) {
      contactsStore.set((state) => ({ ...state, status: 'error', error: result.error.message }));
      return null;
    }
    return result.value;
  });
}

/**
 * Asks again from scratch (new search, new filter, or a contact changed), keeping the visible
 * rows: in the page when its search copy is loaded, else of the core.
 */
function refresh(): Promise<void> {
  const mine = ++question;
  inFlight = new Set();
  const { query, filter } = contactsStore.get();
  const first = Math.floor(visible.start / PAGE_SIZE) * PAGE_SIZE;
  const limit = Math.max(PAGE_SIZE, visible.end - first + PAGE_SIZE);
  const copy = searchCopy.get();
  if (copy) {
    const page = copyIndex.page(copy, query, filter, first, limit);
    answer(query, filter, { ...page, offset: first, counts: copyIndex.counts(copy) }, 'copy');
    return Promise.resolve();
  }
  return fetchPage(first, limit).then((page) => {
    if (mine === question && page) answer(query, filter, page, 'core');
  });
}

function answer(
  query: string,
  filter: ContactFilter,
  page: ContactPage,
  source: ContactsState['source'],
): void {
  const rows: (ContactRow | undefined)[] = new Array<ContactRow | undefined>(page.matches);
  page.rows.forEach((row, i) => (rows[page.offset + i] = row));
  contactsStore.set((state) => ({
    ...state,
    status: 'ready',
    error: undefined,
    matches: page.matches,
    rows,
    counts: page.counts,
    answered: keyOf(query, filter),
    source,
  }));
}

/** The list shows rows `start`..`end`: load the pages among them not loaded yet. */
export function showRows(start: number, end: number): void {
  visible = { start, end };
  const state = contactsStore.get();
  if (state.status !== 'ready') return;
  const mine = question;
  const copy = searchCopy.get();
  for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < end; page++) {
    const offset = page * PAGE_SIZE;
    if (offset >= state.matches || state.rows[offset] || inFlight.has(page)) continue;
    if (copy) {
      const found = copyIndex.page(copy, state.query, state.filter, offset, PAGE_SIZE);
      contactsStore.set((s) => {
        const rows = [...s.rows];
        found.rows.forEach((row, i) => (rows[offset + i] = row));
        return { ...s, rows };
      });
      continue;
    }
    inFlight.add(page);
    void fetchPage(offset, PAGE_SIZE).then((answer) => {
      inFlight.delete(page);
      if (mine !== question || !answer) return;
      contactsStore.set((s) => {
        const rows = [...s.rows];
        answer.rows.forEach((row, i) => (rows[answer.offset + i] = row));
        return { ...s, rows };
      });
    });
  }
}

const contactsStore = createLiveStore<ContactsState>(
  {
    query: '',
    filter: 'active',
    status: 'loading',
    matches: 0,
    rows: [],
    answered: '',
    counts: NO_COUNTS,
    source: 'core',
  },
  () => {
    void refresh();
    const offChanged = netwell.on('contacts.changed', () => {
      // With the copy loaded, its update (below) answers instead.
      if (!searchCopy.get()) void refresh();
    });
    const offCopy = searchCopy.subscribe(() => void refresh());
    return () => {
      offChanged();
      offCopy();
    };
  },
);

export function useContacts(): ContactsState {
  return useStore(contactsStore);
}

export function searchContacts(query: string): void {
  if (query === contactsStore.get().query) return;
  contactsStore.set((state) => ({ ...state, query }));
  // Back to the top: one page answers, the smallest reply a keystroke can get.
  visible = { start: 0, end: 0 };
  void refresh();
}

export function filterContacts(filter: ContactFilter): void {
  if (filter === contactsStore.get().filter) return;
  contactsStore.set((state) => ({ ...state, filter }));
  visible = { start: 0, end: 0 };
  void refresh();
}

/** Every id the current search and filter show, for "select all". */
export async function allMatchingIds(): Promise<string[]> {
  const { query, filter } = contactsStore.get();
  const copy = searchCopy.get();
  if (copy) return copyIndex.ids(copy, query, filter);
  const result = await netwell.contacts.matchIds({ query, filter });
  return result.ok ? result.value : [];
}

/** After a change made here (a save, an import): the list shows it once this settles. */
export async function refreshContacts(): Promise<void> {
  if (searchCopy.get()) await syncSearchCopy();
  await refresh();
}
