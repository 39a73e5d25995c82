import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../../electron/core/interchange/export/content-lines';
import { contactsToCsv } from '../../../electron/core/interchange/export/contacts-csv';
import {
  contactsToVCard,
  type VCardContact,
} from '../../../electron/core/interchange/export/vcard-writer';
import { makeContact } from '../../fixtures/contact';
import { runPython } from '../../fixtures/python';

interface SeenCard {
  version: string;
  uid: string;
  fn: string;
  family: string;
  given: string;
  additional: string;
  prefix: string;
  suffix: string;
  emails: string[];
  tels: string[];
  org: string[] | null;
  orgs: string[][];
  title: string | null;
  titles: string[];
  note: string | null;
  categories: string[];
  urls: string[];
  social: string[];
  bday: string | null;
  photoBytes: number;
  photoEncoding: string | null;
}

const awkwardNote =
  'Met at the fair; talked about A, B and C.\nFollow up: send deck\\slides\r\nThanks';
// A 1x1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const contacts: VCardContact[] = [
  {
    ...makeContact('2f1c1d36-6b7e-4a4c-9d0e-0f8a8f1c2b3d', {
      name: 'Ana María López-García',
      nameParts: {
        prefix: '',
        given: 'Ana María',
        additional: '',
        family: 'López-García',
        suffix: '',
      },
      company: 'Acme; Sons, Ltd',
      role: 'Head of "Growth"',
      emails: ['ana@example.com', 'ana.lopez@work.example'],
      phones: ['+351 912 345 678'],
      links: ['https://example.com/ana?x=1,2'],
      tags: ['design', 'lisbon, pt'],
      notes: awkwardNote,
      howWeMet: 'Web Summit',
      city: 'Lisbon',
      platforms: [{ platform: 'linkedin', handle: '', url: 'https://www.linkedin.com/in/ana' }],
    }),
    birthday: '1990-04-12',
    photo: `data:image/png;base64,${PNG}`,
  },
  makeContact('c2', {
    name: 'Zoë 🚀 Ng',
    notes: 'É'.repeat(100),
  }),
  makeContact('c3', { name: 'Prince' }),
];

describe('vCard 3.0 writer', () => {
  const text = contactsToVCard(contacts);

  it('escapes backslash, comma, semicolon and every line break in text', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });

  it('folds at 75 octets without splitting a character, with CRLF everywhere', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(80)}🚀🚀`);
    for (const physical of folded.split('\r\n').slice(0, -1)) {
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${'é'.repeat(80)}🚀🚀\r\n`);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of text.split('\r\n')) {
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    }
  });

  it('always writes UID, FN and N', () => {
    expect(text.match(/^UID:/gm)).toHaveLength(3);
    expect(text.match(/^FN:/gm)).toHaveLength(3);
    expect(text.match(/^N:/gm)).toHaveLength(3);
    expect(text).toContain('N:;Prince;;;\r\n');
  });

  it('is read back by python3-vobject (validated) with every value intact', () => {
    const seen = runPython<SeenCard[]>('read_vcard.py', text);
    expect(seen).toHaveLength(3);
    const [ana, zoe, prince] = seen as [SeenCard, SeenCard, SeenCard];
    expect(ana.version).toBe('3.0');
    expect(ana.uid).toBe(contacts[0]!.id);
    expect(ana.fn).toBe('Ana María López-García');
    expect(ana.family).toBe('López-García');
    expect(ana.given).toBe('Ana María');
    expect(ana.emails).toEqual(['ana@example.com', 'ana.lopez@work.example']);
    expect(ana.tels).toEqual(['+351 912 345 678']);
    expect(ana.org).toEqual(['Acme; Sons, Ltd']);
    expect(ana.title).toBe('Head of "Growth"');
    // Line breaks come back as LF, whatever they were.
    expect(ana.note).toBe(awkwardNote.replace(/\r\n/g, '\n'));
    expect(ana.categories).toEqual(['design', 'lisbon, pt']);
    expect(ana.urls).toEqual(['https://example.com/ana?x=1,2']);
    expect(ana.social).toEqual(['https://www.linkedin.com/in/ana']);
    expect(ana.bday).toBe('1990-04-12');
    expect(ana.photoEncoding?.toLowerCase()).toBe('b');
    expect(ana.photoBytes).toBe(Buffer.from(PNG, 'base64').length);
    expect(zoe.fn).toBe('Zoë 🚀 Ng');
    expect(zoe.note).toBe('É'.repeat(100));
    expect(prince.given).toBe('Prince');
    expect(prince.family).toBe('');
  });
});

describe('contacts CSV', () => {
  const csv = contactsToCsv(contacts);

  it('has a UTF-8 byte-order mark and CRLF record ends', () => {
    expect(
      csv.startsWith(
        '\uFEFFName,Given Name,Additional Name,Family Name,Name Prefix,Name Suffix,Company,Role,E-mail 1,E-mail 2,',
      ),
    ).toBe(true);
    // Every record ends in CRLF; the only bare LFs are inside quoted notes.
    expect(csv.endsWith('2026-01-01\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas but not phone numbers', () => {
    expect(csv).toContain('"Acme; Sons, Ltd"');
    expect(csv).toContain('"Head of ""Growth"""');
    expect(csv).toContain(`"${awkwardNote.replace(/"/g, '""')}"`);
    expect(csv).toContain(',+351 912 345 678,');
    const risky = contactsToCsv([makeContact('x', { name: '=HYPERLINK("x")', notes: '-1+2' })]);
    expect(risky).toContain(`"'=HYPERLINK(""x"")"`);
    expect(risky).toContain(",'-1+2,");
  });

  it('is read back by csv-parse with the same values', async () => {
    const { parse } = await import('csv-parse/sync');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!['Notes']).toBe(awkwardNote);
    expect(rows[0]!['E-mail 2']).toBe('ana.lopez@work.example');
    expect(rows[1]!['Name']).toBe('Zoë 🚀 Ng');
  });
});
