import { describe, expect, it } from 'vitest';
import type { SearchEntries } from '../../../../electron/shared/search/search-entry';
import { createContactsList } from '../../../../renderer/src/features/contacts/contactsList';
import { createSearchCopySync } from '../../../../renderer/src/features/contacts/searchCopySync';
import { entry, fakeCore, pageOf, settled, wholeCopy } from './fakes';

const PEOPLE = [entry('1', 'Ana Lima'), entry('2', 'Ben Okafor'), entry('3', 'Cy Marin')];

function setUp(copyAnswers: (SearchEntries | null)[] = []) {
  const fake = fakeCore();
  const asked: unknown[] = [];
  const copy = createSearchCopySync({
    ask: (request) => {
      asked.push(request);
      return Promise.resolve(copyAnswers.shift() ?? null);
    },
    onContactsChanged: fake.onContactsChanged,
    pause: () => Promise.resolve(),
  });
  const list = createContactsList({
    core: fake.core,
    onContactsChanged: fake.onContactsChanged,
    copy,
  });
  // The page shows the list: the store connects.
  const off = list.store.subscribe(() => {});
  return { ...fake, copy, list, asked, off };
}

describe('the Contacts list before its search copy is loaded', () => {
  it('asks the core for the visible rows and a page more, and shows its answer', async () => {
    const { list, pages } = setUp();
    expect(pages.map((p) => p.request)).toEqual([
      { query: '', filter: 'active', offset: 0, limit: 120 },
    ]);
    await pages[0]!.answer(pageOf(['a', 'b'], 2));
    expect(list.store.get()).toMatchObject({
      status: 'ready',
      source: 'core',
      matches: 2,
      answered: 'active:',
    });
  });

  it('drops an answer to an older search', async () => {
    const { list, pages } = setUp();
    await pages[0]!.answer(pageOf(['a']));
    list.search('a');
    list.search('an');
    await pages[2]!.answer(pageOf(['ana'], 1));
    await pages[1]!.answer(pageOf(['a', 'ana'], 2));
    expect(list.store.get()).toMatchObject({ query: 'an', answered: 'active:an', matches: 1 });
  });

  it('asks nothing for a search or filter it already shows', async () => {
    const { list, pages } = setUp();
    list.search('');
    list.filter('active');
    expect(pages).toHaveLength(1);
  });

  it('says the core’s error', async () => {
    const { list, pages } = setUp();
    await pages[0]!.answer({ ok: false, error: { code: 'internal', message: 'Offline.' } });
    expect(list.store.get()).toMatchObject({ status: 'error', error: 'Offline.' });
  });

  it('loads the pages scrolled to once each, and asks again when contacts change', async () => {
    const { list, pages, contactsChanged } = setUp();
    await pages[0]!.answer(pageOf(['a'], 300));
    list.showRows(100, 250);
    list.showRows(100, 250);
    expect(pages.slice(1).map((p) => p.request.offset)).toEqual([60, 120, 180, 240]);
    await pages[2]!.answer(pageOf(['x'], 300, 120));
    expect(list.store.get().rows[120]?.id).toBe('x');
    contactsChanged();
    expect(pages.at(-1)!.request).toMatchObject({ offset: 60, limit: 300 });
  });

  it('gets "select all" from the core', async () => {
    const { list, idQueries } = setUp();
    list.search('an');
    expect(await list.allMatchingIds()).toEqual(['from-core']);
    expect(idQueries).toEqual([{ query: 'an', filter: 'active' }]);
  });
});

describe('the Contacts list once its search copy is loaded', () => {
  async function loaded() {
    const set = setUp([wholeCopy('v1', PEOPLE)]);
    await set.pages[0]!.answer(pageOf(['1', '2', '3']));
    await set.copy.sync();
    return set;
  }

  it('answers from the copy, at once, without asking the core', async () => {
    const { list, pages } = await loaded();
    expect(list.store.get()).toMatchObject({ source: 'copy', matches: 3 });
    const asked = pages.length;
    list.search('ben');
    expect(list.store.get()).toMatchObject({ source: 'copy', matches: 1, answered: 'active:ben' });
    expect(list.store.get().rows[0]?.name).toBe('Ben Okafor');
    expect(await list.allMatchingIds()).toEqual(['2']);
    expect(pages).toHaveLength(asked);
  });

  it('leaves a change to the copy’s update, and after a change made here syncs then answers', async () => {
    const { list, pages, asked, contactsChanged } = await loaded();
    const before = pages.length;
    contactsChanged();
    expect(pages).toHaveLength(before);
    const copyAsks = asked.length;
    await list.refresh();
    expect(asked.slice(copyAsks)).toContainEqual({ since: 'v1' });
    expect(list.store.get().source).toBe('copy');
    expect(pages).toHaveLength(before);
  });

  it('stops following the page when the page goes', async () => {
    const { list, off, pages, contactsChanged } = setUp();
    off();
    contactsChanged();
    await settled();
    expect(pages).toHaveLength(1);
    expect(list.store.get().status).toBe('loading');
  });
});
