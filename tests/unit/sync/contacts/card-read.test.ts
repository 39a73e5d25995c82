import { describe, expect, it } from 'vitest';
import {
  CardError,
  cardUid,
  cardVersion,
  readCardFields,
} from '../../../../electron/core/sync/contacts/contact-cards';
import { FIXTURES, fixture } from './card-fixtures';

const notes = { syncNotes: true };

describe('readCardFields', () => {
  it('reads every fixture', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
    for (const { name, raw } of FIXTURES) {
      expect(readCardFields(raw, notes).name, name).not.toBe('');
    }
  });

  it('reads an Apple card: grouped values, the first ORG component, the first ADR locality', () => {
    const f = readCardFields(fixture('apple-ios-5.vcf'), notes);
    expect(f.name).toBe('Mr. John Richter James Doe Sr.');
    expect(f.nameParts).toEqual({
      prefix: 'Mr.',
      given: 'John',
      additional: 'Richter, James',
      family: 'Doe',
      suffix: 'Sr.',
    });
    expect(f.company).toBe('IBM');
    expect(f.role).toBe('Money Counter');
    expect(f.emails).toEqual(['john.doe@ibm.com']);
    expect(f.phones).toContain('905-222-1234');
    expect(f.city).toBe('New York');
    // `http\://www.ibm.com`: not https, so not Netwell's.
    expect(f.links).toEqual([]);
  });

  it('reads escapes and a folded NOTE (Google)', () => {
    const f = readCardFields(fixture('google-gmail-labels.vcf'), notes);
    expect(f.notes).toBe(
      "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField",
    );
    const long = readCardFields(fixture('google-gmail.vcf'), notes);
    expect(long.notes).toMatch(/^THIS SOFTWARE IS PROVIDED BY .*"AS IS" AND ANY/);
    expect(long.notes).toMatch(/SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS/);
    expect(long.notes).toMatch(/\nFavotire Color: Blue$/);
  });

  it('leaves notes out unless they sync', () => {
    expect(readCardFields(fixture('google-gmail.vcf'), { syncNotes: false }).notes).toBeNull();
    expect(readCardFields(fixture('vobject-radicale-geo.vcf'), notes).notes).toBe('');
  });

  it('reads DAVx5: https links only, CATEGORIES with escapes, the first of two NOTEs', () => {
    const f = readCardFields(fixture('davx5-allfields.vcf'), notes);
    expect(f.name).toBe('Ämi Display');
    expect(f.company).toBe('ABC, Inc.');
    expect(f.role).toBe('Director, Research and Development');
    expect(f.emails).toEqual(['private@example.com', 'work@example.com']);
    // +1-800-MYFAX has letters: not a phone Netwell accepts.
    expect(f.phones).toEqual(['+49 1234 56788']);
    expect(f.links).toEqual(['https://www.davx5.com/']);
    expect(f.tags).toEqual(['A', "B'C"]);
    expect(f.city).toBe('Raleigh');
    expect(f.notes).toBe('This fax number is operational 0800 to 1715 EST, Mon-Fri.');
  });

  it('reads vCard 4.0 (tel: URIs) and 2.1 (quoted-printable, CHARSET, bare types)', () => {
    const v4 = readCardFields(fixture('rfc6350-vcard4.vcf'), notes);
    expect(v4.name).toBe('Simon Perreault');
    expect(v4.phones).toEqual(['+1-418-262-6501']);
    expect(v4.city).toBe('Quebec');
    const v21 = readCardFields(fixture('android-vcard21-qp.vcf'), notes);
    expect(v21.name).toBe('Ñ Ñ Ñ Ñ');
    expect(v21.company).toBe('ÑÑÑÑÑÑÑÑÑÑÑÑ');
    expect(v21.emails).toEqual(['bob@company.com']);
    const outlook = readCardFields(fixture('outlook-vcard21.vcf'), notes);
    expect(outlook.phones).toEqual(['(905) 555-1234', '(905) 666-1234']);
    expect(outlook.city).toBe('Albaney');
  });

  it('reads X-SOCIALPROFILE as vcard-writer.ts writes it, and Apple twitter as x', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ana',
      'X-SOCIALPROFILE;TYPE=linkedin;X-USER=ana:https://www.linkedin.com/in/ana',
      'X-SOCIALPROFILE;type=twitter;x-user=jack:http://twitter.com/jack',
      'X-SOCIALPROFILE;TYPE=mastodon;X-USER=ana@mastodon.social:ana@mastodon.social',
      'X-SOCIALPROFILE;TYPE=myspace:https://myspace.com/ana',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(readCardFields(card, notes).platforms).toEqual([
      { platform: 'linkedin', handle: 'ana', url: 'https://www.linkedin.com/in/ana' },
      { platform: 'x', handle: 'jack', url: null },
      { platform: 'mastodon', handle: 'ana@mastodon.social', url: null },
    ]);
  });

  it('names a card by N when it has no FN', () => {
    const card = 'BEGIN:VCARD\nVERSION:3.0\nN:Lovelace;Ada;;;\nEND:VCARD\n';
    expect(readCardFields(card, notes).name).toBe('Ada Lovelace');
  });

  it('keeps one value once, compared as Netwell compares (case, digits)', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:A',
      'EMAIL:a@x.org',
      'EMAIL:A@X.org',
      'TEL:+1 555 0100',
      'TEL:+15550100',
      'CATEGORIES:Friends,friends',
      'CATEGORIES:work',
      'END:VCARD',
    ].join('\r\n');
    const f = readCardFields(card, notes);
    expect(f.emails).toEqual(['a@x.org']);
    expect(f.phones).toEqual(['+1 555 0100']);
    expect(f.tags).toEqual(['Friends', 'work']);
  });

  it('throws a CardError a person can read for a malformed card', () => {
    const bad = [
      'FN:No card',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:a@x.org\r\nEND:VCARD\r\n',
      'BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\n',
      'BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nFN:Assistant\nEND:VCARD\nEND:VCARD\n',
      'BEGIN:VCARD\r\nFN;X="unclosed:A\r\nEND:VCARD\r\n',
    ];
    for (const raw of bad) {
      expect(() => readCardFields(raw, notes), raw).toThrow(CardError);
    }
    expect(() => readCardFields('FN:x', notes)).toThrow(/no BEGIN:VCARD/);
  });
});

describe('cardUid and cardVersion', () => {
  it('read UID and VERSION', () => {
    expect(cardUid(fixture('davx5-allfields.vcf'))).toBe('mostfields1@at.bitfire.vcard4android');
    expect(cardUid(fixture('apple-ios-5.vcf'))).toBeNull();
    expect(cardUid('not a card')).toBeNull();
    expect(cardVersion(fixture('rfc6350-vcard4.vcf'))).toBe('4.0');
    expect(cardVersion(fixture('google-gmail.vcf'))).toBe('3.0');
    expect(cardVersion(fixture('outlook-vcard21.vcf'))).toBeNull();
    expect(cardVersion('')).toBeNull();
  });
});
