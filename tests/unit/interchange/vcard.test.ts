import { describe, expect, it } from 'vitest';
import {
  normaliseCard,
  splitCards,
  unfold,
} from '../../../electron/core/interchange/import/vcard-normalise';
import { draftOf, readFixture, readText } from './read-fixture';

describe('vCard 3.0 (iPhone, macOS)', () => {
  it('reads labels of itemN groups, folded lines, escapes, photos and year-less birthdays', async () => {
    const { file, drafts } = await readFixture('apple-3.0.vcf');
    expect(file.format).toBe('vcard');
    expect(file.rows).toBe(2);
    expect(draftOf(drafts, 'Marie Skłodowska Curie')).toMatchObject({
      company: 'Sorbonne',
      role: 'Professor',
      emails: ['marie@sorbonne.example'],
      phones: ['+33 1 55 55 01 00'],
      links: ['https://curie.example'],
      platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/mariecurie' }],
      notes:
        'Two Nobel prizes; physics, chemistry.\nLine two with a very long text that is folded across lines.',
      city: 'Paris',
      tags: ['Science', 'Heroes'],
      customFields: [{ key: 'Birthday', value: '--11-07' }],
    });
    expect(draftOf(drafts, 'Rosalind Franklin').emails).toEqual(['rosalind@kings.example']);
    expect(file.candidates.map((c) => c.line)).toEqual([1, 21]);
  });
});

describe('vCard 4.0', () => {
  it('reads data: photos, tel: URIs and --MMDD birthdays', async () => {
    const { drafts } = await readFixture('contacts-4.0.vcf');
    expect(draftOf(drafts, 'Emmy Noether')).toMatchObject({
      company: 'University of Göttingen',
      phones: ['+49-551-555-0100'],
      notes: 'Rings, ideals; and symmetry.',
      customFields: [{ key: 'Birthday', value: '--03-23' }],
      platforms: [{ platform: 'linkedin', url: 'https://linkedin.com/in/emmynoether/' }],
    });
  });
});

describe('vCard 2.1 (old Android, Outlook)', () => {
  it('decodes QUOTED-PRINTABLE with soft line breaks and CHARSET, bare TEL types', async () => {
    const { file, drafts } = await readFixture('android-2.1.vcf');
    expect(draftOf(drafts, 'Erwin Schrödinger')).toMatchObject({
      company: 'Universität Wien',
      role: 'Professor, Theoretical Physics',
      phones: ['+43 664 555 0100', '+43 1 555 0200'],
      emails: ['erwin@cat.example'],
      notes:
        'The cat is both; alive, and\ndead. A long note that is wrapped with a soft line break right here.',
      customFields: [{ key: 'Birthday', value: '1987-08-12' }],
    });
    expect(draftOf(drafts, 'Louis Néel').phones).toEqual(['01 55 55 01 00']);
    expect(file.skipped).toEqual([{ line: 24, reason: expect.stringContaining('END:VCARD') }]);
  });

  it('normalises a 2.1 card to 3.0 that ical.js accepts', () => {
    const [card] = splitCards(
      'BEGIN:VCARD\nVERSION:2.1\nTEL;CELL;VOICE:123\nNOTE:a, b; c\nEND:VCARD\n',
    );
    expect(normaliseCard(card!)).toBe(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=CELL;TYPE=VOICE:123\r\nNOTE:a\\, b\\; c\r\nEND:VCARD\r\n',
    );
  });

  it('unfolds folded lines and soft line breaks', () => {
    expect(unfold(['NOTE:ab', ' cd', 'NOTE;QUOTED-PRINTABLE:x=', ' y', 'FN:z'])).toEqual([
      'NOTE:abcd',
      'NOTE;QUOTED-PRINTABLE:x y',
      'FN:z',
    ]);
  });
});

describe('vCard text escapes', () => {
  it('unescapes each escape once: a Windows path stays a path', async () => {
    const { drafts } = await readText(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nNOTE:C:\\\\new\\, x\\; y\\nz\r\nORG:A\\;B;Dept\r\nEND:VCARD\r\n',
    );
    expect(draftOf(drafts, 'Ana')).toMatchObject({ notes: 'C:\\new, x; y\nz', company: 'A;B' });
  });
});
