import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchContacts, searchPage } from '../../../electron/core/contacts/contact-search';
import { fold } from '../../../electron/shared/text';
import { makeContact } from '../../fixtures/contact';

const make = makeContact;

const people = [
  make('1', { name: 'María Fernández', company: 'Acme', role: 'Designer', tags: ['mentor'] }),
  make('2', { name: 'Ben Okafor', company: 'Globex', role: 'Engineer', emails: ['ben@globex.io'] }),
  make('3', { name: 'Zoë Marin', company: 'Initech', role: 'Recruiter', tags: ['hiring'] }),
  make('4', { name: 'ana lima', company: 'María Corp', role: 'CTO' }),
];
const names = (query: string) => searchContacts(people, query).map((c) => c.name);

describe('searchContacts', () => {
  it('lists everyone by name when the query is empty', () => {
    expect(names('')).toEqual(['ana lima', 'Ben Okafor', 'María Fernández', 'Zoë Marin']);
    expect(names('   ')).toHaveLength(4);
  });

  it('ignores case and accents both ways', () => {
    expect(names('maria')).toEqual(['María Fernández', 'ana lima']);
    expect(names('MARÍA')).toEqual(['María Fernández', 'ana lima']);
    expect(names('zoe')).toEqual(['Zoë Marin']);
  });

  it('matches company, role, tags and email, and requires every word', () => {
    expect(names('globex')).toEqual(['Ben Okafor']);
    expect(names('recruiter')).toEqual(['Zoë Marin']);
    expect(names('mentor')).toEqual(['María Fernández']);
    expect(names('ben@globex')).toEqual(['Ben Okafor']);
    expect(names('acme designer')).toEqual(['María Fernández']);
    expect(names('acme engineer')).toEqual([]);
  });

  it('puts people whose name starts with the query first', () => {
    expect(names('mar')).toEqual(['María Fernández', 'Zoë Marin', 'ana lima']);
  });

  it('does not look in notes', () => {
    const withNotes = [make('9', { name: 'Quiet', notes: 'secret word' })];
    expect(searchContacts(withNotes, 'secret')).toEqual([]);
  });

  it('after edits to a large list (patched, not re-sorted), orders and finds as a full sort would', () => {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    const fullSort = (list: typeof people) =>
      [...list].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
    const first = ['Zoë', 'ana', 'Ben', 'María', 'Søren', 'Chloé', 'Olu'];
    let list = Array.from({ length: 3000 }, (_, i) =>
      make(`c${i}`, { name: `${first[i % first.length]} ${(i * 7919) % 1000}` }),
    );
    searchContacts(list);
    for (let round = 0; round < 20; round++) {
      const next = [...list];
      next.splice((round * 131) % next.length, 3); // deleted
      const at = (round * 37) % next.length;
      next[at] = { ...next[at]!, name: `Renamed ${round}` }; // edited
      next.push(make(`new${round}`, { name: `${first[round % first.length]} new ${round}` }));
      list = next;
      expect(searchContacts(list).map((c) => c.id)).toEqual(fullSort(list).map((c) => c.id));
      expect(searchContacts(list, 'renamed').length).toBe(round + 1);
      // The patched index carries each kept contact's signature along: the same answers as a
      // fresh index (a copy of the list is sorted from scratch).
      for (const query of ['zo', 'an 7', 'søren 1', 'new', 'b', '99']) {
        const ids = (found: readonly { id: string }[]) => found.map((c) => c.id);
        expect(ids(searchContacts(list, query))).toEqual(ids(searchContacts([...list], query)));
      }
    }
  });

  it('finds exactly the contacts whose text holds every word, as a plain scan would', () => {
    const piece = fc.constantFrom(
      'ana',
      'Ána',
      'lima',
      'acme',
      'x',
      'ß',
      'mar',
      ' ',
      '-',
      '\u0000',
    );
    const text = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: text, company: text, role: text }), { maxLength: 30 }),
        text,
        (fields, query) => {
          const list = fields.map((f, i) => make(`p${i}`, f));
          const words = fold(query).split(/\s+/).filter(Boolean);
          const expected = list.filter((c) => {
            const hay = fold([c.name, c.company, c.role].join('\n'));
            return words.every((w) => hay.includes(w));
          });
          const found = searchContacts(list, query);
          expect(new Set(found.map((c) => c.id))).toEqual(new Set(expected.map((c) => c.id)));
          expect(found).toHaveLength(expected.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('typing on narrows the previous matches and still finds what a fresh search finds', () => {
    const piece = fc.constantFrom('ana', 'Ána', 'lima', 'acme', 'x', 'mar', ' ', 'l');
    const text = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: text, company: text }), { maxLength: 30 }),
        text,
        (fields, query) => {
          const list = fields.map((f, i) => make(`p${i}`, f));
          const prefixes = Array.from({ length: query.length + 1 }, (_, end) =>
            query.slice(0, end),
          );
          // Each on a fresh copy of the list (a fresh index: no previous search to narrow)...
          const fresh = prefixes.map((typed) => searchContacts([...list], typed).map((c) => c.id));
          // ...then typed one after another on the same list, each narrowing the one before.
          prefixes.forEach((typed, k) => {
            expect(searchContacts(list, typed).map((c) => c.id)).toEqual(fresh[k]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('asks a filter about each contact once per list, not on every keystroke', () => {
    const list = Array.from({ length: 40 }, (_, i) => make(`p${i}`, { name: `Ana ${i}` }));
    let asked = 0;
    const keep = () => {
      asked++;
      return true;
    };
    for (const typed of ['a', 'an', 'ana', 'ana 1', 'ana']) searchPage(list, typed, keep, 0, 10);
    expect(asked).toBe(list.length);
    searchPage([...list], 'ana', keep, 0, 10);
    expect(asked).toBe(2 * list.length);
  });

  it('pages a search in the same order, counting only what the filter keeps', () => {
    const list = Array.from({ length: 50 }, (_, i) =>
      make(`p${i}`, { name: `${i % 3 ? 'Ana' : 'Ben'} ${i}`, favourite: i % 4 === 0 }),
    );
    const keep = (c: (typeof list)[number]) => c.favourite;
    const all = searchContacts(list, 'an').filter(keep);
    const page = searchPage(list, 'an', keep, 3, 4);
    expect(page.matches).toBe(all.length);
    expect(page.rows.map((c) => c.id)).toEqual(all.slice(3, 7).map((c) => c.id));
    expect(searchPage(list, '', () => true, 45, 10).rows).toHaveLength(5);
  });
});
