import { describe, expect, it } from 'vitest';
import type { ContactPage, ContactRow } from '../../../../electron/shared/contact-page';
import {
  INITIAL_CONTACTS,
  PAGE_SIZE,
  pagesToLoad,
  refreshRange,
  withAnswer,
  withRows,
  type ContactsState,
} from '../../../../renderer/src/features/contacts/contactsListModel';

const row = (id: string): ContactRow => ({ id, name: id, company: '', role: '', favourite: false });
const counts = { active: 3, favourites: 0, archived: 1, blocked: 0 };

function answered(matches: number, offset: number, ids: string[]): ContactsState {
  const page: ContactPage = { matches, offset, rows: ids.map(row), counts };
  return withAnswer(INITIAL_CONTACTS, 'an', 'active', page, 'core');
}

describe('what the list asks for from scratch', () => {
  it('is one page past the visible rows, from the page holding the first one', () => {
    expect(refreshRange({ start: 0, end: PAGE_SIZE })).toEqual({ offset: 0, limit: 2 * PAGE_SIZE });
    expect(refreshRange({ start: 130, end: 200 })).toEqual({ offset: 120, limit: 180 });
  });

  it('asks for whole pages, so no page is left half loaded', () => {
    const { offset, limit } = refreshRange({ start: 0, end: 20 });
    const ids = Array.from({ length: limit }, (_, i) => `c${offset + i}`);
    const state = answered(1000, offset, ids);
    // Scrolling on to the rows after: each one shown is loaded, or its page is asked for.
    const asked = new Set(pagesToLoad(state, 0, 200, new Set()));
    for (let i = 0; i < 200; i++) {
      expect(state.rows[i] !== undefined || asked.has(Math.floor(i / PAGE_SIZE))).toBe(true);
    }
  });

  it('is one page after a new search (nothing visible yet)', () => {
    expect(refreshRange({ start: 0, end: 0 })).toEqual({ offset: 0, limit: PAGE_SIZE });
  });
});

describe('an answer to a fresh question', () => {
  it('puts its rows at their places and leaves the rest to load', () => {
    const state = answered(200, 60, ['a', 'b']);
    expect(state.rows).toHaveLength(200);
    expect(state.rows[59]).toBeUndefined();
    expect(state.rows[60]?.id).toBe('a');
    expect(state.rows[61]?.id).toBe('b');
    expect(state.rows[62]).toBeUndefined();
  });

  it('makes the list ready, with the counts, who answered and what it answers', () => {
    const failed: ContactsState = { ...INITIAL_CONTACTS, status: 'error', error: 'Offline.' };
    const page: ContactPage = { matches: 1, offset: 0, rows: [row('a')], counts };
    const state = withAnswer(failed, 'an', 'favourites', page, 'copy');
    expect(state).toMatchObject({
      status: 'ready',
      error: undefined,
      matches: 1,
      counts,
      answered: 'favourites:an',
      source: 'copy',
    });
  });

  it('with no matches, shows none', () => {
    expect(answered(0, 0, []).rows).toEqual([]);
  });
});

describe('more rows of the same answer', () => {
  it('fill their places, without changing the state they came to', () => {
    const before = answered(200, 0, ['a']);
    const after = withRows(before, 120, [row('x'), row('y')]);
    expect(after.rows[0]?.id).toBe('a');
    expect(after.rows[120]?.id).toBe('x');
    expect(after.rows[121]?.id).toBe('y');
    expect(before.rows[120]).toBeUndefined();
  });
});

describe('the pages still to load for the visible rows', () => {
  const state = answered(200, 0, ['a']);

  it('skips the ones loaded and the ones already asked for', () => {
    expect(pagesToLoad(state, 0, 200, new Set())).toEqual([1, 2, 3]);
    expect(pagesToLoad(state, 0, 200, new Set([2]))).toEqual([1, 3]);
  });

  it('stops at the end of the results', () => {
    expect(pagesToLoad(answered(61, 0, ['a']), 0, 500, new Set())).toEqual([1]);
    expect(pagesToLoad(answered(60, 0, ['a']), 0, 500, new Set())).toEqual([]);
  });

  it('is none when nothing is visible', () => {
    expect(pagesToLoad(state, 0, 0, new Set())).toEqual([]);
  });
});
