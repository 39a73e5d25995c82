import { describe, expect, it } from 'vitest';
import { searchTextOf } from '../../../electron/core/contacts/contact-search';
import { PART_SIZE, createSearchEntries } from '../../../electron/core/contacts/search-entries';
import type { SearchEntries } from '../../../electron/shared/search/search-entry';
import { makeCrmContact } from '../crm/crm-fixtures';

const ana = makeCrmContact('a', { name: 'Ána Lima', company: 'Acme', favourite: true });
const ben = makeCrmContact('b', { name: 'Ben Okafor', archived: true });
const zoe = makeCrmContact('z', {
  name: 'Zoë Marin',
  blocked: { on: '2026-01-02T00:00:00.000Z', reason: 'spam' },
});

function full(answer: SearchEntries) {
  if (!answer.full) throw new Error('expected everything');
  return answer;
}
function changes(answer: SearchEntries) {
  if (answer.full) throw new Error('expected the changes only');
  return answer;
}

describe('the search copy the core sends the renderer', () => {
  it('is everyone in list order, with the flags only where set and the index text', () => {
    const entriesOf = createSearchEntries('s');
    const answer = full(entriesOf([zoe, ben, ana]));
    expect(answer.entries.map((e) => e.id)).toEqual(['a', 'b', 'z']);
    expect(answer.entries[0]).toEqual({
      id: 'a',
      name: 'Ána Lima',
      company: 'Acme',
      role: '',
      favourite: true,
      text: searchTextOf(ana),
    });
    expect(answer.entries[1]).toMatchObject({ archived: true });
    expect(answer.entries[1]).not.toHaveProperty('favourite');
    expect(answer.entries[2]).toMatchObject({ blockedOn: '2026-01-02T00:00:00.000Z' });
    expect(searchTextOf(ana).split('\n')[0]).toBe('ana lima');
  });

  it('sends only what changed since a version it remembers, and nothing when nothing did', () => {
    const entriesOf = createSearchEntries('s');
    const before = [ana, ben, zoe];
    const { version } = full(entriesOf(before));
    expect(changes(entriesOf(before, { since: version }))).toEqual({
      version,
      full: false,
      changed: [],
      removed: [],
    });
    const renamed = { ...ben, name: 'Benedict Okafor' };
    const added = makeCrmContact('c', { name: 'Chloé' });
    const after = [ana, renamed, added];
    const delta = changes(entriesOf(after, { since: version }));
    expect(delta.version).not.toBe(version);
    expect(delta.changed.map((e) => e.name)).toEqual(['Benedict Okafor', 'Chloé']);
    expect(delta.removed).toEqual(['z']);
  });

  it('counts a record that only moved as unchanged, and an edit in place as a change', () => {
    const entriesOf = createSearchEntries('s');
    const { version } = full(entriesOf([ana, ben, zoe]));
    const renamed = { ...ben, name: 'Benedict Okafor' };
    const delta = changes(entriesOf([zoe, renamed, ana], { since: version }));
    expect(delta.changed.map((e) => e.name)).toEqual(['Benedict Okafor']);
    expect(delta.removed).toEqual([]);
  });

  it('sends everything for a version it does not know: too old, or from another run', () => {
    const entriesOf = createSearchEntries('run-2');
    let list = [ana];
    const { version } = full(entriesOf(list));
    expect(entriesOf(list, { since: 'run-1:1' }).full).toBe(true);
    for (let i = 0; i < 8; i++) {
      list = [...list];
      entriesOf(list);
    }
    expect(entriesOf(list, { since: version }).full).toBe(true);
  });

  it('sends everything when so much changed that patching would cost more', () => {
    const entriesOf = createSearchEntries('s');
    const many = Array.from({ length: 2100 }, (_, i) => makeCrmContact(`p${i}`));
    const { version } = full(entriesOf([ana]));
    expect(entriesOf([ana, ...many], { since: version }).full).toBe(true);
    const { version: big } = full(entriesOf(many));
    expect(entriesOf([ana], { since: big }).full).toBe(true);
  });

  it('sends a whole copy in parts, each from the list the first came from while remembered', () => {
    const entriesOf = createSearchEntries('s');
    const many = Array.from({ length: PART_SIZE + 10 }, (_, i) =>
      makeCrmContact(`p${String(i).padStart(5, '0')}`),
    );
    const first = full(entriesOf(many));
    expect(first).toMatchObject({ offset: 0, total: PART_SIZE + 10 });
    expect(first.entries).toHaveLength(PART_SIZE);
    // The contacts change before the next part is asked for: it still comes from the first list.
    const edited = [ana, ...many.slice(1)];
    const second = full(entriesOf(edited, { part: { version: first.version, offset: PART_SIZE } }));
    expect(second).toMatchObject({ version: first.version, offset: PART_SIZE });
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(many.map((c) => c.id));
    // A version forgotten meanwhile: the first part of the current list, to start again from.
    const again = full(entriesOf(edited, { part: { version: 'gone:1', offset: PART_SIZE } }));
    expect(again.version).not.toBe(first.version);
    expect(again.offset).toBe(0);
    expect(again.entries[0]!.id).toBe('a');
  });
});
