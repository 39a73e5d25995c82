import { describe, expect, it } from 'vitest';
import type { ContactFilter, ContactPage } from '../../../electron/shared/contact-page';
import type { Contact } from '../../../electron/shared/contact';
import {
  createSearchCopyIndex,
  type SearchCopy,
} from '../../../electron/shared/search/search-copy';
import type {
  SearchEntries,
  SearchEntriesRequest,
} from '../../../electron/shared/search/search-entry';
import { mulberry32 } from '../../bench/generate-dataset';
import { coreAt } from '../core-harness';
import { PART_SIZE, createSearchEntries } from '../../../electron/core/contacts/search-entries';
import { makeCrmContact } from '../crm/crm-fixtures';
import { searchPage } from '../../../electron/core/contacts/contact-search';
import { shownBy } from '../../../electron/core/crm/safety/block-rules';

function full(answer: SearchEntries) {
  if (!answer.full) throw new Error('expected everything');
  return answer;
}

const FIRST = ['Ana', 'Ána', 'Ben', 'María', 'Zoë', 'Søren', 'Chloé', 'Mei', 'Ömer', 'Priya'];
const LAST = ['Lima', 'Okafor', 'Marin', 'Dubois', 'Smith', 'Fernández', 'Öztürk'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'María Corp', ''];
const TAGS = ['mentor', 'hiring', 'lisboa', 'x'];
const QUERIES = [
  '',
  'a',
  'an',
  'ana',
  'ana l',
  'maria',
  'MARÍA',
  'zoe',
  'glob',
  'x',
  'mentor',
  'søren',
  'ö',
  'ome',
  'smith ben',
  '@',
  'nobody',
  'ana   lima',
];
const FILTERS: ContactFilter[] = ['active', 'favourites', 'archived', 'blocked', 'everyone'];

/**
 * The renderer's copy answers the list's questions exactly as the core does: the same rows in the
 * same order, the same counts, after it loads and after every change it is sent.
 */
describe('the renderer search copy', () => {
  it('answers every query and filter as the core does, after edits, flags, blocks and deletes', async () => {
    const { call } = await coreAt();
    const rand = mulberry32(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const contact = await call<Contact>('contacts.create', {
        name: `${pick(FIRST)} ${pick(LAST)}`,
        company: pick(COMPANIES),
        tags: rand() < 0.3 ? [pick(TAGS)] : [],
        emails: rand() < 0.3 ? [`p${i}@example.com`] : [],
      });
      ids.push(contact.id);
    }
    const copies = createSearchCopyIndex();
    let copy: SearchCopy | null = null;
    const asked: SearchEntriesRequest[] = [];
    const answers: SearchEntries[] = [];
    const ask = async (request: SearchEntriesRequest) => {
      asked.push(request);
      const answer = await call<SearchEntries>('contacts.searchEntries', request);
      answers.push(answer);
      return answer;
    };
    /** Brings the copy up to date; true when only changes travelled. */
    const sync = async () => {
      answers.length = 0;
      copy = await copies.update(copy, ask);
      return answers.every((answer) => !answer.full);
    };
    const agree = async () => {
      const held = copy!;
      for (const filter of FILTERS) {
        for (const query of QUERIES) {
          for (const [offset, limit] of [
            [0, 100],
            [3, 5],
          ] as const) {
            const core = await call<ContactPage>('contacts.page', { query, filter, offset, limit });
            const mine = copies.page(held, query, filter, offset, limit);
            expect(mine.rows, `${filter} "${query}" ${offset}`).toEqual(core.rows);
            expect(mine.matches).toBe(core.matches);
            if (filter !== 'everyone') {
              expect(copies.ids(held, query, filter)).toEqual(
                await call('contacts.matchIds', { query, filter }),
              );
            }
          }
        }
      }
      const core = await call<ContactPage>('contacts.page', { query: '', offset: 0, limit: 1 });
      expect(copies.counts(held)).toEqual(core.counts);
    };

    expect(await sync()).toBe(false);
    await agree();

    const changes: Array<() => Promise<unknown>> = [
      () => call('contacts.update', { id: ids[0], draft: { name: 'Zed Aardvark' } }),
      () => call('contacts.setFlags', { id: ids[1], favourite: true }),
      () => call('contacts.setFlags', { id: ids[2], archived: true }),
      () => call('contacts.block', { id: ids[3], reason: 'spam' }),
      () => call('contacts.delete', { id: ids[4] }),
      () => call('contacts.create', { name: 'Ana Newcomer', company: 'Globex' }),
      () =>
        call('contacts.bulk', { ids: ids.slice(10, 20), action: { kind: 'add-tag', tag: 'x' } }),
      () => call('contacts.unblock', { id: ids[3] }),
      () => call('contacts.undoDelete', { id: ids[4] }),
    ];
    for (const change of changes) {
      await change();
      // Only what changed travels after the first load.
      expect(await sync()).toBe(true);
      await agree();
    }
    // Several changes between two syncs (events folded into one ask).
    await changes[0]!();
    await call('contacts.update', { id: ids[5], draft: { company: 'Initech' } });
    await call('contacts.delete', { id: ids[6] });
    expect(await sync()).toBe(true);
    await agree();
  });

  it('gathers a whole copy from its parts, starting again if the list it came from is forgotten', async () => {
    const entriesOf = createSearchEntries('s');
    let list = Array.from({ length: 2 * PART_SIZE + 5 }, (_, i) =>
      makeCrmContact(`p${String(i).padStart(5, '0')}`, { name: `Person ${i}` }),
    );
    const copies = createSearchCopyIndex();
    const steady = await copies.update(null, async (request) => entriesOf(list, request));
    expect(steady!.entries.map((e) => e.id)).toEqual(list.map((c) => c.id));
    expect(copies.page(steady!, 'person 1', 'active', 0, 5)).toEqual({
      matches: searchPage(list, 'person 1', shownBy('active'), 0, 5).matches,
      rows: searchPage(list, 'person 1', shownBy('active'), 0, 5).rows.map((c) => ({
        id: c.id,
        name: c.name,
        company: c.company,
        role: c.role,
        favourite: false,
      })),
    });

    // Between the first part and the second, the contacts change nine times and another window
    // asks after each: the first list is forgotten, and the copy is gathered again from the
    // current one.
    let parts = 0;
    const busy = await copies.update(null, async (request) => {
      if (request.part && parts++ === 0) {
        for (let i = 0; i < 9; i++) {
          list = [...list.slice(1), makeCrmContact(`n${i}`)];
          entriesOf(list); // another window keeps up with each change
        }
      }
      return entriesOf(list, request);
    });
    expect(busy!.entries.map((e) => e.id).sort()).toEqual(list.map((c) => c.id).sort());
    expect(busy!.version).toBe(full(entriesOf(list)).version);
  });
});
