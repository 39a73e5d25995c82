import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsToCsv } from '../../../electron/core/interchange/export/contacts-csv';
import {
  contactToVCard,
  contactsToVCard,
} from '../../../electron/core/interchange/export/vcard-writer';
import type { NameParts } from '../../../electron/shared/crm/contact-crm-fields';
import type { CrmContactFields } from '../../../electron/shared/crm/crm-contact';
import { partsOrNull } from '../../../electron/shared/names/name-parts';
import { makeContact } from '../../fixtures/contact';
import { runPython } from '../../fixtures/python';
import { readText } from './read-fixture';

/** What tests/fixtures/python/read_vcard.py reports of a card's name. */
interface SeenName {
  fn: string;
  family: string;
  given: string;
  additional: string;
  prefix: string;
  suffix: string;
}

const JOHN = 'Mr. John Q. Public, Esq.';
const JOHN_CARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  `FN:${JOHN.replace(',', '\\,')}`,
  'N:Public;John;Quinlan;Mr.;Esq.',
  'END:VCARD',
  '',
].join('\r\n');

/** A file's people as stored contacts (what an import would keep), in file order. */
async function store(text: string) {
  const { file, drafts } = await readText(text);
  expect(drafts.size).toBe(file.candidates.length);
  return [...drafts.values()].map((fields: CrmContactFields, i) =>
    makeContact(`c${i}`, { ...fields }),
  );
}

const nLine = (card: string) => /^N:.*$/m.exec(card)?.[0];

describe('structured names from a vCard', () => {
  it('keeps N exactly: read → store → write gives the same N line', async () => {
    const [john] = await store(JOHN_CARD);
    expect(john!.name).toBe(JOHN);
    expect(john!.nameParts).toEqual({
      prefix: 'Mr.',
      given: 'John',
      additional: 'Quinlan',
      family: 'Public',
      suffix: 'Esq.',
    });
    const card = contactToVCard(john!);
    expect(nLine(card)).toBe('N:Public;John;Quinlan;Mr.;Esq.');
    expect(card).toContain('FN:Mr. John Q. Public\\, Esq.\r\n');
    const [seen] = runPython<SeenName[]>('read_vcard.py', card);
    expect(seen).toMatchObject({
      fn: JOHN,
      family: 'Public',
      given: 'John',
      additional: 'Quinlan',
      prefix: 'Mr.',
      suffix: 'Esq.',
    });
  });

  it('escapes commas and semicolons inside a part, and reads them back whole', async () => {
    const parts: NameParts = {
      prefix: 'Dr.',
      given: 'Priya',
      additional: '',
      family: 'Nayak; Rao',
      suffix: 'MSc, MBA, PHR',
    };
    const card = contactToVCard(makeContact('p', { name: 'Priya Nayak', nameParts: parts }));
    expect(nLine(card)).toBe('N:Nayak\\; Rao;Priya;;Dr.;MSc\\, MBA\\, PHR');
    const [again] = await store(card);
    expect(again!.nameParts).toEqual(parts);
    const [seen] = runPython<SeenName[]>('read_vcard.py', card);
    expect(seen).toMatchObject({ family: 'Nayak; Rao', suffix: 'MSc, MBA, PHR' });
  });

  it('splits a display name with no parts only where it is sure (read by python3-vobject)', () => {
    const names = [
      'Ana García López',
      'Siobhán Ní Bhriain',
      'John Doe III',
      'Priya Nayak, MSc, MBA, PHR',
      'Dmitri Volkov (he/him)',
      JOHN,
    ];
    const text = contactsToVCard(names.map((name, i) => makeContact(`n${i}`, { name })));
    const seen = runPython<SeenName[]>('read_vcard.py', text);
    expect(seen.map((s) => [s.fn, s.given, s.family, s.suffix])).toEqual([
      ['Ana García López', 'Ana García López', '', ''],
      ['Siobhán Ní Bhriain', 'Siobhán', 'Ní Bhriain', ''],
      ['John Doe III', 'John', 'Doe', 'III'],
      ['Priya Nayak, MSc, MBA, PHR', 'Priya', 'Nayak', 'MSc, MBA, PHR'],
      ['Dmitri Volkov (he/him)', 'Dmitri', 'Volkov', ''],
      [JOHN, 'John', 'Public', 'Esq.'],
    ]);
  });
});

describe('structured names through CSV', () => {
  it('writes the first/last columns from the parts and reads them back', async () => {
    const [john] = await store(JOHN_CARD);
    const csv = contactsToCsv([john!]);
    expect(csv).toContain(`"${JOHN}",John,Quinlan,Public,Mr.,Esq.,`);
    const [again] = await store(csv);
    expect(again!.name).toBe(JOHN);
    expect(again!.nameParts).toEqual(john!.nameParts);
  });

  it('reads LinkedIn last names with credentials and first names with pronouns', async () => {
    const [priya, dmitri] = await store(
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Priya,"Nayak, MSc, MBA, PHR",https://www.linkedin.com/in/priya,,Acme,HR,03 Mar 2024',
        'Dmitri (he/him),Volkov,https://www.linkedin.com/in/dmitri,,Acme,Eng,04 Mar 2024',
        '',
      ].join('\n'),
    );
    expect(priya!.nameParts).toMatchObject({
      given: 'Priya',
      family: 'Nayak',
      suffix: 'MSc, MBA, PHR',
    });
    expect(dmitri!.nameParts).toMatchObject({ given: 'Dmitri', family: 'Volkov' });
    expect(nLine(contactToVCard(priya!))).toBe('N:Nayak;Priya;;;MSc\\, MBA\\, PHR');
  });
});

// Name words people really have, particles, accents and scripts included.
const WORDS = [
  'Ana',
  'García',
  'López',
  'Ní',
  'Bhriain',
  'van',
  'der',
  'Berg',
  "O'Brien",
  'Jean-Luc',
  'Zoë',
  '김',
  '민준',
  '王',
  'Квітка',
  'Dr.',
  'Q.',
];
// (CSV reading moves "Esq.", "III" and the like from a last-name column to the suffix.)
const part = fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((w) => w.join(' '));
const anyText = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\\', ':', '"', '🚀', '김', 'Z'),
  maxLength: 12,
});

const partsArb = (text: fc.Arbitrary<string>) =>
  fc
    .record({ prefix: text, given: text, additional: text, family: text, suffix: text })
    .map(partsOrNull)
    .filter((p): p is NameParts => p !== null);

describe('property: any name parts survive export → import', () => {
  it('through vCard, with any characters', async () => {
    await fc.assert(
      fc.asyncProperty(partsArb(anyText), async (parts) => {
        const card = contactToVCard(makeContact('x', { name: 'Someone', nameParts: parts }));
        const [again] = await store(card);
        expect(again!.nameParts).toEqual(parts);
      }),
      { numRuns: 200 },
    );
  });

  it('through CSV, with real name words', async () => {
    await fc.assert(
      fc.asyncProperty(partsArb(part), async (parts) => {
        const csv = contactsToCsv([makeContact('x', { name: 'Someone', nameParts: parts })]);
        const [again] = await store(csv);
        expect(again!.nameParts).toEqual(parts);
      }),
      { numRuns: 200 },
    );
  });
});
