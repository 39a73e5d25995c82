import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CardFields,
  PatchOptions,
} from '../../../../electron/core/sync/contacts/contact-cards';
import { patchCard, readCardFields } from '../../../../electron/core/sync/contacts/contact-cards';
import { cardText } from '../../../../electron/core/sync/contacts/card-lines';
import { PYTHON, runPython } from '../../../fixtures/python';
import { FIXTURES, NOW } from './card-fixtures';

interface Seen {
  fn?: string | null;
  emails?: string[];
  names?: string[];
  error?: string;
}

function hasVobject(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import vobject'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const vobject = hasVobject();
if (!vobject) {
  console.warn(
    'card-vobject.test.ts skipped: python3-vobject is not installed (apt-get install python3-vobject).',
  );
}

const OPTS: PatchOptions = { uid: 'vobject-uid', version: '3.0', syncNotes: true, now: NOW };

/** Property names (with group) as vobject names them, in card order. */
const namesOf = (raw: string) =>
  cardText(raw)
    .lines.filter((l) => l.name !== '')
    .map((l) => (l.group ? `${l.group}.${l.name}` : l.name).toUpperCase());

describe.skipIf(!vobject)(
  'an independent reader (python3-vobject) reads the cards sync writes',
  () => {
    it('reads patched real cards: FN, EMAIL and every other property come back', () => {
      // vobject reads 3.0 and 4.0; 2.1 is outside what it promises.
      const cards = FIXTURES.filter(({ raw }) => !/VERSION:2\.1/.test(raw)).map(({ name, raw }) => {
        const f = readCardFields(raw, { syncNotes: true });
        const to: CardFields = {
          ...f,
          name: `${f.name} (edited; with, commas)`,
          emails: [...f.emails.slice(1), 'synced@example.org'],
          notes: 'Notes from Netwell\nsecond line, with; punctuation',
        };
        return { name, patched: patchCard(raw, to, OPTS), to };
      });
      const texts = [...cards.map((c) => c.patched), ...FIXTURES.map((f) => f.raw)];
      const seen = runPython<Seen[]>('read_sync_cards.py', JSON.stringify(texts));
      // A card vobject cannot read as it came (iOS 5's \r\r\n line ends) is not ours to judge.
      const original = (name: string) =>
        seen[cards.length + FIXTURES.findIndex((f) => f.name === name)]!;
      const judged = cards.filter((c) => original(c.name).error === undefined);
      expect(judged.length).toBeGreaterThanOrEqual(8);
      for (const { name, patched, to } of judged) {
        const card = seen[cards.findIndex((c) => c.name === name)]!;
        expect(card.error, name).toBeUndefined();
        expect(card.fn, name).toBe(to.name);
        expect(card.emails, name).toEqual(expect.arrayContaining(['synced@example.org']));
        // Every property of the card, unknown ones included, is there for the other reader.
        expect(card.names, name).toEqual(expect.arrayContaining(namesOf(patched)));
        expect(card.names, name).toContain('REV');
      }
    }, 60_000);

    it('reads new cards written from generated fields', () => {
      const emails = fc.sample(fc.emailAddress(), { numRuns: 40, seed: 16 });
      const names = fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), {
        numRuns: 40,
        seed: 16,
      });
      const cards = names
        .map((n, i) => `${n.trim() || 'x'} ${i}`)
        .map((name, i) => {
          const to: CardFields = {
            name,
            nameParts: null,
            company: 'Acme; Sons, Ltd',
            role: 'Head of "Growth"',
            emails: [emails[i]!],
            phones: ['+351 912 345 678'],
            links: ['https://example.com/a?x=1,2'],
            platforms: [
              { platform: 'linkedin', handle: 'ana', url: 'https://linkedin.com/in/ana' },
            ],
            tags: ['design', 'lisbon, pt'],
            city: 'Lisbon',
            notes: '😀é'.repeat(i),
          };
          const version = i % 2 === 0 ? '3.0' : '4.0';
          return { card: patchCard(null, to, { ...OPTS, version, uid: `uid-${i}` }), to };
        });
      const seen = runPython<Seen[]>(
        'read_sync_cards.py',
        JSON.stringify(cards.map((c) => c.card)),
      );
      cards.forEach(({ card, to }, i) => {
        const s = seen[i]!;
        expect(s.error, card).toBeUndefined();
        expect(s.fn, card).toBe(readCardFields(card, { syncNotes: true }).name);
        expect(s.emails, card).toEqual(to.emails);
        expect(s.names, card).toEqual(
          expect.arrayContaining(['UID', 'FN', 'N', 'X-SOCIALPROFILE']),
        );
      });
    }, 60_000);
  },
);
