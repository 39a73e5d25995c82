import { describe, expect, it } from 'vitest';
import type {
  CardFieldName,
  CardFields,
  PatchOptions,
} from '../../../../electron/core/sync/contacts/contact-cards';
import { CARD_FIELD_NAMES } from '../../../../electron/core/sync/contacts/card-fields';
import {
  cardFieldsEqual,
  patchCard,
  readCardFields,
} from '../../../../electron/core/sync/contacts/contact-cards';
import { cardText } from '../../../../electron/core/sync/contacts/card-lines';
import { partsOrNull } from '../../../../electron/shared/names/name-parts';
import { splitDisplayName } from '../../../../electron/shared/names/split-display-name';
import { FIXTURES, NOW, fixture } from './card-fixtures';

const opts = (syncNotes = true): PatchOptions => ({
  uid: 'new-uid',
  version: '3.0',
  syncNotes,
  now: NOW,
});

/** The properties each field may rewrite (with Apple labels of groups it empties). */
const FIELD_PROPERTIES: Record<CardFieldName, string[]> = {
  name: ['FN'],
  nameParts: ['N'],
  company: ['ORG'],
  role: ['TITLE'],
  emails: ['EMAIL', 'X-ABLABEL'],
  phones: ['TEL', 'X-ABLABEL'],
  links: ['URL', 'X-ABLABEL'],
  platforms: ['X-SOCIALPROFILE', 'X-ABLABEL'],
  tags: ['CATEGORIES'],
  city: ['ADR'],
  notes: ['NOTE'],
};

/** The raw lines (folds, line ends, blank lines and all) of properties not in `touched`. */
function untouchedLines(raw: string, touched: readonly string[]) {
  const text = cardText(raw);
  return {
    head: text.head,
    tail: text.tail,
    lines: text.lines.filter((l) => !touched.includes(l.name)).map((l) => l.raw),
  };
}

/** The card's lines other than the field's are byte for byte the same, in the same order. */
function expectOnlyFieldChanged(before: string, after: string, field: CardFieldName) {
  // FN, N and UID may be added to a card without them; REV is set on every change.
  const added = ['FN', 'N', 'UID'].filter((n) => !cardText(before).lines.some((l) => l.name === n));
  const touched = [...FIELD_PROPERTIES[field], 'REV', ...added];
  expect(untouchedLines(after, touched)).toEqual(untouchedLines(before, touched));
}

const CHANGES: { [K in CardFieldName]: (f: CardFields) => CardFields[K] } = {
  name: () => 'Zoë Ångström-Nakamura, PhD; “the one”',
  nameParts: () => ({
    prefix: 'Dr.',
    given: 'Zoë',
    additional: '',
    family: 'Ångström',
    suffix: '',
  }),
  company: () => 'Acme; Sons, Ltd',
  role: (f) => (f.role ? '' : 'Head of Growth'),
  emails: (f) => [...f.emails.slice(1), 'zoe@example.org'],
  phones: (f) => [...f.phones.slice(1), '+351 912 345 678'],
  links: (f) => [...f.links.slice(1), 'https://example.org/zoe?a=1,2'],
  platforms: () => [
    { platform: 'linkedin', handle: 'zoe', url: 'https://www.linkedin.com/in/zoe' },
  ],
  tags: (f) => [...f.tags.slice(1), 'lisbon, pt', 'design'],
  city: (f) => (f.city ? '' : 'Lisbon'),
  notes: () => 'É'.repeat(80) + '\nsecond line; with, punctuation\\',
};

describe('patchCard on real cards', () => {
  it('rewrites nothing when nothing changed: the card comes back byte for byte', () => {
    for (const { name, raw } of FIXTURES) {
      for (const syncNotes of [true, false]) {
        const fields = readCardFields(raw, { syncNotes });
        expect(patchCard(raw, fields, opts(syncNotes)), name).toBe(raw);
      }
    }
  });

  it('rewrites only the lines of the field that changed, and REV', () => {
    for (const { name, raw } of FIXTURES) {
      const before = readCardFields(raw, { syncNotes: true });
      for (const field of CARD_FIELD_NAMES) {
        const to: CardFields = { ...before, [field]: CHANGES[field](before) };
        const after = patchCard(raw, to, opts());
        expectOnlyFieldChanged(raw, after, field);
        const read = readCardFields(after, { syncNotes: true });
        // No parts in Netwell: the card keeps its N, or gets one split from the name.
        const parts = to.nameParts ?? read.nameParts;
        expect(cardFieldsEqual(read, { ...to, nameParts: parts }), `${name} ${field}`).toBe(true);
        expect(after, `${name} ${field}`).toMatch(
          /\nREV[;:][^\r\n]*(2026-12-07T03:00:00Z|20261207T030000Z)\r?\n/,
        );
      }
    }
  }, 30_000);

  it('keeps the card’s own line ends: LF stays LF, CRLF stays CRLF', () => {
    const lf = fixture('rfc6350-vcard4.vcf');
    const f = readCardFields(lf, { syncNotes: true });
    const patched = patchCard(lf, { ...f, emails: [...f.emails, 'x@example.org'] }, opts());
    expect(patched).not.toContain('\r');
    expect(patched).toContain('EMAIL:x@example.org\nGEO');
    const crlf = fixture('google-gmail.vcf');
    const g = readCardFields(crlf, { syncNotes: true });
    const patched2 = patchCard(crlf, { ...g, role: 'Boss' }, opts());
    expect(patched2.replace(/\r\n/g, '')).not.toContain('\n');
    expect(patched2).toContain('\r\nTITLE:Boss\r\n');
  });

  it('keeps the TYPE parameters and group of a value that stays; drops a removed group’s label', () => {
    const raw = fixture('google-gmail-labels.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    // 555 555 2222 is item1.TEL with item1.X-ABLabel:GRAND_CENTRAL.
    const patched = patchCard(raw, { ...f, phones: ['(555) 555-1111'] }, opts());
    expect(patched).toContain('TEL;TYPE=CELL:555 555 1111\r\n');
    expect(patched).not.toContain('item1.');
    expect(patched).toContain('item2.X-ABLabel:CustomAdrType\r\n');
  });

  it('keeps a label whose group still has a property', () => {
    const raw = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:A',
      'item1.EMAIL:a@x.org',
      'item1.X-ABDATE:2000-01-01',
      'item1.X-ABLabel:Odd',
      'END:VCARD',
      '',
    ].join('\r\n');
    const patched = patchCard(
      raw,
      { ...readCardFields(raw, { syncNotes: false }), emails: [] },
      opts(),
    );
    expect(patched).toContain('item1.X-ABLabel:Odd');
    expect(patched).not.toContain('EMAIL');
  });

  it('compares values as Netwell does: another spelling of the same value is no change', () => {
    const raw = fixture('apple-mac-address-book.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const same = {
      ...f,
      emails: f.emails.map((e) => e.toUpperCase()),
      phones: f.phones.map((p) => p.replace(/\D/g, '')).reverse(),
    };
    expect(patchCard(raw, same, opts())).toBe(raw);
  });

  it('adds a value after the last line of its property, in the writer’s form', () => {
    const raw = fixture('thunderbird.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, emails: [...f.emails, 'new@example.org'] }, opts());
    expect(patched).toContain(
      'EMAIL;TYPE=INTERNET:additional-email3@company.com\r\nEMAIL;TYPE=INTERNET:new@example.org\r\nURL;TYPE=HOME',
    );
  });

  it('adds a value after the label of a grouped last line, not between them', () => {
    const raw = fixture('google-gmail-labels.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, phones: [...f.phones, '+44 20 7946 0000'] }, opts());
    expect(patched).toContain(
      'item1.TEL:555 555 2222\r\nitem1.X-ABLabel:GRAND_CENTRAL\r\nTEL;TYPE=VOICE:+44 20 7946 0000\r\n',
    );
  });

  it('never removes a value Netwell does not accept', () => {
    const raw = fixture('android-vcard21-qp.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, emails: [], links: [] }, opts());
    expect(patched).not.toContain('bob@company.com');
    expect(patched).toContain('EMAIL;PREF;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91');
    expect(patched).toContain('URL:http://www.company.com');
  });

  it('ORG keeps its unit components; ADR keeps street and postcode; one is added if none', () => {
    const raw = fixture('apple-ios-5.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, company: 'Acme', city: 'Boston' }, opts());
    expect(patched).toContain('\r\nORG:Acme;Accounting\r\n');
    expect(patched.replace(/\r\n /g, '')).toContain(
      'item3.ADR;type=HOME;type=pref:;;Silicon Alley 5,;Boston;New York;12345;United States of America\r\n',
    );
    const bare = fixture('vobject-radicale-geo.vcf');
    const g = readCardFields(bare, { syncNotes: true });
    expect(patchCard(bare, { ...g, city: 'Lisbon' }, opts())).toContain('\nADR:;;;Lisbon;;;\n');
  });

  it('blanks rather than removes the first of two lines, so the second is not read as Netwell’s', () => {
    const raw = fixture('davx5-allfields.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, notes: '' }, opts());
    expect(readCardFields(patched, { syncNotes: true }).notes).toBe('');
    expect(patched).toContain('NOTE:Second note');
  });

  it('does not read or write NOTE when notes do not sync', () => {
    const raw = fixture('google-gmail.vcf');
    const f = readCardFields(raw, { syncNotes: false });
    expect(patchCard(raw, { ...f, notes: 'ignored' }, opts(false))).toBe(raw);
    const patched = patchCard(raw, { ...f, role: 'Boss', notes: 'ignored' }, opts(false));
    expect(patched).not.toContain('ignored');
    expect(patched).toContain('NOTE:THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS');
  });

  it('keeps the card’s N when Netwell has no name parts, and adds FN, N and UID when missing', () => {
    const raw = fixture('apple-ios-5.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, name: 'John Doe', nameParts: null }, opts());
    expect(patched).toContain('\r\r\nN:Doe;John;Richter,James;Mr.;Sr.\r\r\n');
    expect(patched).toContain('\r\nFN:John Doe\r\n');
    expect(patched).toContain('\r\nUID:new-uid\r\n');
    const noN = fixture('sabre-vcard4-kind.vcf');
    const s = readCardFields(noN, { syncNotes: true });
    const named = patchCard(noN, { ...s, name: 'Steve Jobs' }, opts());
    expect(named).toContain('\nN:Jobs;Steve;;;\n');
  });

  it('rewrites N from the new name when a rename leaves the card’s N naming someone else', () => {
    const raw = fixture('google-gmail-labels.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, name: 'Jane Smith', nameParts: null }, opts());
    expect(patched).not.toContain('N:Dartmouth;Greg');
    expect(readCardFields(patched, { syncNotes: true }).nameParts).toEqual(
      partsOrNull(splitDisplayName('Jane Smith').parts),
    );
  });

  it('rewrites a 2.1 quoted-printable line as plain text, leaving its neighbours', () => {
    const raw = fixture('android-vcard21-qp.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, name: 'Ñandú Pérez' }, opts());
    expect(patched).toContain('\r\nFN:Ñandú Pérez\r\n');
    expect(patched).toContain('N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=20=C3=91=20;');
  });

  it('replaces REV, in the card version’s form, or adds one', () => {
    const v4 = fixture('davx5-vcard4-rev.vcf');
    const f = readCardFields(v4, { syncNotes: true });
    const patched = patchCard(v4, { ...f, role: 'Boss' }, opts());
    expect(patched).toContain('REV;VALUE=timestamp:20261207T030000Z\r\n');
    expect(patched).not.toContain('2016-11-19');
    const v3 = fixture('google-gmail-labels.vcf');
    const g = readCardFields(v3, { syncNotes: true });
    expect(patchCard(v3, { ...g, role: 'Boss' }, opts())).toMatch(
      /\r\nREV:2026-12-07T03:00:00Z\r\nEND:VCARD\r\n$/,
    );
  });

  it('folds a long line at 75 octets without splitting a character', () => {
    const raw = fixture('vobject-radicale-geo.vcf');
    const f = readCardFields(raw, { syncNotes: true });
    const patched = patchCard(raw, { ...f, notes: '😀é'.repeat(60) }, opts());
    for (const line of patched.split('\n')) {
      expect(Buffer.byteLength(line.replace(/\r$/, ''), 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(readCardFields(patched, { syncNotes: true }).notes).toBe('😀é'.repeat(60));
  });
});

describe('patchCard for a new card', () => {
  const fields: CardFields = {
    name: 'Ana María López-García',
    nameParts: null,
    company: 'Acme; Sons, Ltd',
    role: 'Head of "Growth"',
    emails: ['ana@example.com'],
    phones: ['+351 912 345 678'],
    links: ['https://example.com/ana?x=1,2'],
    platforms: [{ platform: 'linkedin', handle: 'ana', url: 'https://www.linkedin.com/in/ana' }],
    tags: ['design', 'lisbon, pt'],
    city: 'Lisbon',
    notes: 'Line one\nLine two',
  };

  it('writes VERSION, PRODID and UID first, then the fields', () => {
    const card = patchCard(null, fields, opts());
    expect(card).toMatch(
      /^BEGIN:VCARD\r\nVERSION:3\.0\r\nPRODID:-\/\/Netwell\/\/Netwell\/\/EN\r\nUID:new-uid\r\nFN:Ana María López-García\r\nN:;Ana María López-García;;;\r\n/,
    );
    expect(card).toContain('\r\nORG:Acme\\; Sons\\, Ltd\r\n');
    expect(card).toContain(
      '\r\nX-SOCIALPROFILE;TYPE=linkedin;X-USER=ana:https://www.linkedin.com/in/ana\r\n',
    );
    expect(card).toContain('\r\nCATEGORIES:design,lisbon\\, pt\r\n');
    expect(card).toMatch(/\r\nREV:2026-12-07T03:00:00Z\r\nEND:VCARD\r\n$/);
    const read = readCardFields(card, { syncNotes: true });
    expect(cardFieldsEqual(read, { ...fields, nameParts: read.nameParts })).toBe(true);
  });

  it('writes 4.0 when asked', () => {
    const card = patchCard(null, fields, { ...opts(), version: '4.0' });
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(card).toContain('\r\nREV:20261207T030000Z\r\n');
    expect(readCardFields(card, { syncNotes: true }).emails).toEqual(['ana@example.com']);
  });
});
