import fc from 'fast-check';
import { applyPatches, enablePatches, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyJsonPatches, diffState } from '../../../electron/core/store/patches';

enablePatches();

interface Doc {
  items: { id: number; tags: string[]; note?: string }[];
  meta: Record<string, number>;
}

type Edit =
  | { kind: 'push'; id: number }
  | { kind: 'remove'; at: number; count: number }
  | { kind: 'insert'; at: number; id: number }
  | { kind: 'note'; at: number; note: string | undefined }
  | { kind: 'tag'; at: number; tag: string }
  | { kind: 'meta'; key: string; value: number | undefined }
  | { kind: 'filter'; odd: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), id: fc.nat(1000) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(30), count: fc.nat(3) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(30), id: fc.nat(1000) }),
  fc.record({
    kind: fc.constant('note' as const),
    at: fc.nat(30),
    note: fc.option(fc.string(), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.nat(30), tag: fc.string() }),
  fc.record({
    kind: fc.constant('meta' as const),
    key: fc.constantFrom('a', 'b', 'c'),
    value: fc.option(fc.integer(), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('filter' as const), odd: fc.boolean() }),
);

function run(d: Doc, e: Edit): void {
  const at = (n: number) => (d.items.length ? n % d.items.length : -1);
  switch (e.kind) {
    case 'push':
      d.items.push({ id: e.id, tags: [] });
      break;
    case 'remove':
      if (at(e.at) >= 0) d.items.splice(at(e.at), e.count);
      break;
    case 'insert':
      d.items.splice(Math.max(0, at(e.at)), 0, { id: e.id, tags: ['new'] });
      break;
    case 'note':
      if (at(e.at) >= 0) d.items[at(e.at)]!.note = e.note;
      break;
    case 'tag':
      if (at(e.at) >= 0) d.items[at(e.at)]!.tags.push(e.tag);
      break;
    case 'meta':
      if (e.value === undefined) delete d.meta[e.key];
      else d.meta[e.key] = e.value;
      break;
    case 'filter':
      d.items = d.items.filter((item) => item.id % 2 === (e.odd ? 1 : 0));
      break;
  }
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('journal patches', () => {
  it('replayed (by us or by immer) from JSON, they rebuild exactly the next state', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 4 }), { maxLength: 12 }), (batches) => {
        let state: Doc = { items: [1, 2, 3].map((id) => ({ id, tags: ['t'] })), meta: { a: 1 } };
        let replayed = json(state);
        let viaImmer = json(state) as Doc;
        for (const batch of batches) {
          const next = produce(state, (d) => {
            for (const e of batch) run(d, e);
          });
          const patches = json(diffState(state, next)) as Parameters<typeof applyJsonPatches>[1];
          replayed = applyJsonPatches(replayed, patches);
          viaImmer = applyPatches(viaImmer, patches as never);
          expect(replayed).toEqual(json(next));
          expect(viaImmer).toEqual(json(next));
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses paths that would reach prototypes', () => {
    expect(() =>
      applyJsonPatches({}, [{ op: 'replace', path: ['__proto__', 'polluted'], value: 1 }]),
    ).toThrow(/unsafe/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
