import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CardFields,
  PatchOptions,
} from '../../../../electron/core/sync/contacts/contact-cards';
import {
  CardError,
  cardFieldsEqual,
  patchCard,
  readCardFields,
} from '../../../../electron/core/sync/contacts/contact-cards';
import { cleanCardFields } from '../../../../electron/core/sync/contacts/card-fields';
import { cardText } from '../../../../electron/core/sync/contacts/card-lines';
import { PLATFORMS } from '../../../../electron/shared/crm/crm-common';
import { partsOrNull } from '../../../../electron/shared/names/name-parts';
import { splitDisplayName } from '../../../../electron/shared/names/split-display-name';
import { FIXTURES, NOW } from './card-fixtures';

/** Generous: property runs share the machine's cores with other suites. */
const FUZZ_TIMEOUT = 60_000;

const OPTS: PatchOptions = { uid: 'fuzz-uid', version: '3.0', syncNotes: true, now: NOW };

/** readCardFields' promise: fields, or a CardError with a message; never another exception. */
function readOrCardError(raw: string): CardFields | null {
  try {
    return readCardFields(raw, { syncNotes: true });
  } catch (error) {
    if (!(error instanceof CardError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return null;
  }
}

const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const awkward = fc.oneof(
  text(30),
  fc.constantFrom('a,b', 'a;b', 'a\\b', 'a\\', 'line\nbreak', 'crlf\r\nbreak', ' é😀 ', ':colon'),
);

const fields: fc.Arbitrary<CardFields> = fc.record({
  name: fc.oneof(awkward, text(80)).filter((n) => n.trim() !== ''),
  nameParts: fc.option(
    fc.record({
      prefix: awkward,
      given: awkward,
      additional: awkward,
      family: awkward,
      suffix: awkward,
    }),
  ),
  company: awkward,
  role: awkward,
  emails: fc.array(fc.emailAddress(), { maxLength: 4 }),
  phones: fc.array(fc.stringMatching(/^\+?[0-9][0-9 ().-]{2,18}[0-9]$/), { maxLength: 4 }),
  links: fc.array(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }), {
    maxLength: 3,
  }),
  platforms: fc.array(
    fc.record({
      platform: fc.constantFrom(...PLATFORMS),
      handle: fc.stringMatching(/^[a-z0-9_.]{0,20}$/),
      url: fc.option(fc.webUrl({ validSchemes: ['https'] })),
    }),
    { maxLength: 3 },
  ),
  tags: fc.array(awkward, { maxLength: 5 }),
  city: awkward,
  notes: fc.oneof(awkward, text(300)),
});

/** What a card written from `f` reads back as: Netwell's cleaned values, N split from FN if none. */
function expected(f: CardFields): CardFields {
  const clean = cleanCardFields(f);
  return {
    ...clean,
    nameParts: clean.nameParts ?? partsOrNull(splitDisplayName(clean.name).parts),
  };
}

/** Real cards changed at random: bytes flipped, cut short, text inserted, slices repeated. */
const mutated = fc
  .tuple(
    fc.constantFrom(...FIXTURES.map((f) => f.raw)),
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('cut'), at: fc.nat() }),
        fc.record({
          kind: fc.constant('insert'),
          at: fc.nat(),
          text: fc.string({ maxLength: 30 }),
        }),
        fc.record({
          kind: fc.constant('insert'),
          at: fc.nat(),
          text: fc.constantFrom('\r\n', '\n ', '=\r\n', ':', ';', '"', '\\', 'BEGIN:VCARD\r\n'),
        }),
        fc.record({ kind: fc.constant('dup'), at: fc.nat(), length: fc.nat({ max: 200 }) }),
        fc.record({ kind: fc.constant('delete'), at: fc.nat(), length: fc.nat({ max: 40 }) }),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([original, edits]) => {
    let s = original;
    for (const edit of edits) {
      const at = s.length === 0 ? 0 : edit.at % s.length;
      if (edit.kind === 'cut') s = s.slice(0, at);
      else if (edit.kind === 'insert') s = s.slice(0, at) + edit.text + s.slice(at);
      else if (edit.kind === 'dup') s = s.slice(0, at + edit.length) + s.slice(at);
      else s = s.slice(0, at) + s.slice(at + edit.length);
    }
    return s;
  });

/** Cards made of random content lines: Netwell's properties and others, groups, params, escapes. */
const lineEnd = fc.constantFrom('\r\n', '\n');
const cardShaped = fc
  .tuple(
    fc.constantFrom('2.1', '3.0', '4.0'),
    fc.array(
      fc.tuple(
        fc.option(fc.constantFrom('item1', 'item2', 'ITEM1'), { nil: '' }),
        fc.constantFrom(
          'FN',
          'N',
          'ORG',
          'TITLE',
          'EMAIL',
          'TEL',
          'URL',
          'X-SOCIALPROFILE',
          'CATEGORIES',
          'ADR',
          'NOTE',
          'REV',
          'UID',
          'X-ABLabel',
          'PHOTO',
          'X-CUSTOM',
        ),
        fc.array(
          fc.constantFrom(
            ';TYPE=WORK',
            ';type=pref',
            ';CELL',
            ';CHARSET=UTF-8',
            ';ENCODING=QUOTED-PRINTABLE',
            ';TYPE=linkedin',
            ';X-USER=ana',
            ';TYPE="work,voice"',
          ),
          { maxLength: 3 },
        ),
        fc.array(
          fc.oneof(
            fc.constantFrom('a@x.org', '+1 555 0100', 'https://x.org/a', 'Ana', '=C3=91', '=\r\n'),
            fc.constantFrom('\\,', '\\;', '\\n', '\\', ',', ';', ':', '"', ' ', 'é', '😀'),
            fc.string({ maxLength: 6 }),
          ),
          { maxLength: 8 },
        ),
        fc.constantFrom('', '\r\n ', '\n\t'),
      ),
      { maxLength: 12 },
    ),
    lineEnd,
  )
  .map(([version, lines, eol]) =>
    [
      'BEGIN:VCARD',
      `VERSION:${version}`,
      ...lines.map(([group, name, params, value, fold]) => {
        const text = value.join('');
        const at = Math.floor(text.length / 2);
        const folded = fold ? text.slice(0, at) + fold + text.slice(at) : text;
        return `${group ? `${group}.` : ''}${name}${params.join('')}:${folded}`;
      }),
      'END:VCARD',
      '',
    ].join(eol),
  );

describe('readCardFields on anything', () => {
  it(
    'returns fields or throws a CardError for arbitrary text',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
          readOrCardError(s);
          readOrCardError(`BEGIN:VCARD\r\n${s}\r\nEND:VCARD\r\n`);
        }),
        { numRuns: 500 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'returns fields or throws a CardError for mutated real cards; a card it reads round-trips',
    () => {
      fc.assert(
        fc.property(mutated, (raw) => {
          const read = readOrCardError(raw);
          if (read) expect(patchCard(raw, read, OPTS)).toBe(raw);
        }),
        { numRuns: 400 },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('random cards', () => {
  it(
    'read or throw CardError; one that reads round-trips, and patching it keeps the rest',
    () => {
      fc.assert(
        fc.property(cardShaped, fields, (raw, f) => {
          const read = readOrCardError(raw);
          if (!read) return;
          expect(patchCard(raw, read, OPTS)).toBe(raw);
          const patched = patchCard(raw, f, OPTS);
          const again = readCardFields(patched, { syncNotes: true });
          const want = cleanCardFields(f);
          expect(
            cardFieldsEqual(again, { ...want, nameParts: want.nameParts ?? again.nameParts }),
          ).toBe(true);
          expect(patchCard(patched, f, OPTS)).toBe(patched);
        }),
        { numRuns: 400 },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('patchCard properties', () => {
  it(
    'a new card reads back as the fields it was written from (3.0 and 4.0)',
    () => {
      fc.assert(
        fc.property(fields, fc.constantFrom<'3.0' | '4.0'>('3.0', '4.0'), (f, version) => {
          const card = patchCard(null, f, { ...OPTS, version });
          const read = readCardFields(card, { syncNotes: true });
          expect(cardFieldsEqual(read, expected(f))).toBe(true);
          expect(read.name).toBe(expected(f).name.replace(/\r\n|\r/g, '\n'));
          // Once written, nothing changes: patching to the same fields rewrites nothing.
          expect(patchCard(card, f, { ...OPTS, version })).toBe(card);
        }),
        { numRuns: 300 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'patching a real card to any fields keeps every line that is not Netwell’s',
    () => {
      const NETWELL = ['FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'URL', 'X-SOCIALPROFILE'];
      const touched = [...NETWELL, 'CATEGORIES', 'ADR', 'NOTE', 'REV', 'UID', 'X-ABLABEL'];
      const others = (raw: string) => {
        const t = cardText(raw);
        return [
          t.head,
          ...t.lines.filter((l) => !touched.includes(l.name)).map((l) => l.raw),
          t.tail,
        ];
      };
      fc.assert(
        fc.property(fc.constantFrom(...FIXTURES), fields, ({ raw }, f) => {
          const patched = patchCard(raw, f, OPTS);
          expect(others(patched)).toEqual(others(raw));
          const read = readCardFields(patched, { syncNotes: true });
          const want = cleanCardFields(f);
          expect(
            cardFieldsEqual(read, { ...want, nameParts: want.nameParts ?? read.nameParts }),
          ).toBe(true);
          expect(patchCard(patched, f, OPTS)).toBe(patched);
        }),
        { numRuns: 300 },
      );
    },
    FUZZ_TIMEOUT,
  );
});
