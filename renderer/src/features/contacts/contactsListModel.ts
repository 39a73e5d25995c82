/**
 * The Contacts list's state and how an answer changes it: pure, so the rules (which rows to ask
 * for, where an answer's rows go) are tested without a page or a core.
 */
import type {
  ContactCounts,
  ContactFilter,
  ContactPage,
  ContactRow,
} from '../../../../electron/shared/contact-page';

/** Rows asked for at a time: a screenful or two, so a keystroke's answer is small. */
export const PAGE_SIZE = 60;

/** Who answers the list: the page's own search copy, or the core while the copy loads. */
export type ListSource = 'copy' | 'core';

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
  /** Who answered last. */
  source: ListSource;
  error?: string;
}

/** The rows the list shows, `start` up to `end`. */
export interface VisibleRows {
  start: number;
  end: number;
}

const NO_COUNTS: ContactCounts = { active: 0, favourites: 0, archived: 0, blocked: 0 };

export const INITIAL_CONTACTS: ContactsState = {
  query: '',
  filter: 'active',
  status: 'loading',
  matches: 0,
  rows: [],
  answered: '',
  counts: NO_COUNTS,
  source: 'core',
};

export const answerKey = (query: string, filter: ContactFilter) => `${filter}:${query}`;

/**
 * What to ask for when asking again from scratch: from the page holding the first visible row
 * through one page past the page holding the last, so what is on screen stays filled. Whole
 * pages only: `pagesToLoad` takes a page whose first row is there for loaded, so a page answered
 * in part would keep its other rows loading for ever.
 */
export function refreshRange(visible: VisibleRows): { offset: number; limit: number } {
  const offset = Math.floor(visible.start / PAGE_SIZE) * PAGE_SIZE;
  const through = Math.ceil(visible.end / PAGE_SIZE) * PAGE_SIZE + PAGE_SIZE;
  return { offset, limit: Math.max(PAGE_SIZE, through - offset) };
}

/** The state once `page` answered a fresh question: every row outside it not loaded yet. */
export function withAnswer(
  state: ContactsState,
  query: string,
  filter: ContactFilter,
  page: ContactPage,
  source: ListSource,
): ContactsState {
  const rows: (ContactRow | undefined)[] = new Array<ContactRow | undefined>(page.matches);
  page.rows.forEach((row, i) => (rows[page.offset + i] = row));
  return {
    ...state,
    status: 'ready',
    error: undefined,
    matches: page.matches,
    rows,
    counts: page.counts,
    answered: answerKey(query, filter),
    source,
  };
}

/** The state with more rows of the same answer, from `offset` on. */
export function withRows(
  state: ContactsState,
  offset: number,
  found: readonly ContactRow[],
): ContactsState {
  const rows = [...state.rows];
  found.forEach((row, i) => (rows[offset + i] = row));
  return { ...state, rows };
}

/**
 * The pages (by number) among rows `start`..`end` still to ask for: inside the results, not
 * loaded, not already asked for.
 */
export function pagesToLoad(
  state: ContactsState,
  start: number,
  end: number,
  asked: ReadonlySet<number>,
): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < end; page++) {
    const offset = page * PAGE_SIZE;
    if (offset >= state.matches || state.rows[offset] || asked.has(page)) continue;
    pages.push(page);
  }
  return pages;
}
