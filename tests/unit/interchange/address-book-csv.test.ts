import { describe, expect, it } from 'vitest';
import { draftOf, readFixture } from './read-fixture';

describe('Google Contacts CSV', () => {
  it('reads the current export: numbered groups, " ::: " values, newlines in quoted cells', async () => {
    const { file, drafts } = await readFixture('google-current.csv');
    expect(file.format).toBe('google');
    expect(draftOf(drafts, 'Linus Torvalds')).toMatchObject({
      company: 'Linux Foundation',
      role: 'Fellow',
      emails: ['linus@example.org', 'lt@example.org', 'linus@work.example'],
      phones: ['+1 503 555 0100'],
      notes: 'Met at FOSDEM; talked about git.\nSecond line, with a comma.',
      tags: ['Kernel'],
      city: 'Portland',
      platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/linustorvalds' }],
      customFields: [{ key: 'Birthday', value: '--12-28' }],
    });
    // The address cell spans two lines: the next row still has its own line number.
    expect(file.candidates.map((c) => c.line)).toEqual([2, 5, 6]);
    expect(drafts.size).toBe(2);
  });

  it('reads the legacy export (Name, Given Name, Group Membership, Type columns)', async () => {
    const { file, drafts } = await readFixture('google-legacy.csv');
    expect(file.format).toBe('google');
    expect(draftOf(drafts, 'Barbara Liskov')).toMatchObject({
      company: 'MIT',
      role: 'Professor',
      emails: ['barbara@mit.example'],
      tags: ['Friends'],
      customFields: [{ key: 'Birthday', value: '1939-11-07' }],
      platforms: [{ platform: 'linkedin', url: 'https://linkedin.com/in/barbaraliskov/' }],
    });
  });
});

describe('Outlook CSV', () => {
  it('reads the classic desktop export, ignoring Exchange paths and 0/0/00 birthdays', async () => {
    const { file, drafts } = await readFixture('outlook-classic.csv');
    expect(file.format).toBe('outlook');
    expect(draftOf(drafts, 'Tim Berners-Lee')).toMatchObject({
      company: 'W3C',
      role: 'Director',
      emails: ['tim@w3c.example'],
      city: 'Cambridge',
      notes: 'Invented the web, "HTTP" too.',
      tags: ['Web', 'Standards'],
      customFields: [],
    });
    expect(draftOf(drafts, 'Katherine Johnson')).toMatchObject({
      emails: ['kj@nasa.example'],
      customFields: [{ key: 'Birthday', value: '1918-08-26' }],
    });
  });

  it('reads the Outlook.com export', async () => {
    const { file, drafts } = await readFixture('outlook-com.csv');
    expect(file.format).toBe('outlook');
    expect(draftOf(drafts, 'Hedy Lamarr')).toMatchObject({
      company: 'Frequency Hopping Ltd',
      role: 'Inventor',
      city: 'Vienna',
      notes: 'Actress and inventor.\nSpread spectrum, 1942.',
      tags: ['Inventors', 'Film'],
      platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/hedylamarr' }],
    });
    expect(draftOf(drafts, 'Annie Easley').emails).toEqual(['annie@nasa.example']);
  });
});
