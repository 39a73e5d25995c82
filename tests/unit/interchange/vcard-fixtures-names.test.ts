import { describe, expect, it } from 'vitest';
import { contactToVCard } from '../../../electron/core/interchange/export/vcard-writer';
import { makeContact } from '../../fixtures/contact';
import { runPython } from '../../fixtures/python';
import { readFixture, readText } from './read-fixture';

/**
 * Cards other projects wrote (ez-vcard's test data, see tests/fixtures/import/README.md): their
 * structured names and second ORG/TITLE survive read → store → write → read, by Netwell and by
 * python3-vobject.
 */

interface Seen {
  family: string;
  given: string;
  additional: string;
  prefix: string;
  suffix: string;
  orgs: string[][];
  titles: string[];
}

async function only(name: string) {
  const { drafts } = await readFixture(name);
  expect(drafts.size).toBe(1);
  return makeContact('x', [...drafts.values()][0]!);
}

const nLine = (card: string) => /^N:.*$/m.exec(card)?.[0];

describe("other projects' vCards: names and affiliations", () => {
  it('FullContact (vCard 4.0): all five name parts, and both ORG/TITLE pairs', async () => {
    const contact = await only('ezvcard-fullcontact.vcf');
    expect(contact.nameParts).toEqual({
      prefix: 'Prefix',
      given: 'FirstName',
      additional: 'MiddleName',
      family: 'LastName',
      suffix: 'Suffix',
    });
    expect(contact).toMatchObject({ company: 'Organization1', role: 'Title1' });
    expect(contact.otherAffiliations).toEqual([{ company: 'Organization2', role: 'Title2' }]);

    const card = contactToVCard(contact);
    expect(nLine(card)).toBe('N:LastName;FirstName;MiddleName;Prefix;Suffix');
    const [seen] = runPython<Seen[]>('read_vcard.py', card);
    expect(seen).toMatchObject({
      family: 'LastName',
      given: 'FirstName',
      additional: 'MiddleName',
      prefix: 'Prefix',
      suffix: 'Suffix',
      orgs: [['Organization1'], ['Organization2']],
      titles: ['Title1', 'Title2'],
    });
    const { drafts } = await readText(card);
    expect([...drafts.values()][0]).toMatchObject({
      nameParts: contact.nameParts,
      company: 'Organization1',
      role: 'Title1',
      otherAffiliations: [{ company: 'Organization2', role: 'Title2' }],
    });
  });

  it('Evolution: an escaped comma inside a part comes back exactly', async () => {
    const contact = await only('ezvcard-John_Doe_EVOLUTION.vcf');
    expect(contact.name).toBe('Mr. John Richter, James Doe Sr.');
    expect(contact.nameParts).toEqual({
      prefix: 'Mr.',
      given: 'John',
      additional: 'Richter, James',
      family: 'Doe',
      suffix: 'Sr.',
    });
    expect(nLine(contactToVCard(contact))).toBe('N:Doe;John;Richter\\, James;Mr.;Sr.');
  });

  it('iPhone: two additional names as a list are kept, written as one text', async () => {
    const contact = await only('ezvcard-John_Doe_IPHONE.vcf');
    expect(contact.nameParts).toMatchObject({ family: 'Doe', additional: 'Richter, James' });
    const [seen] = runPython<Seen[]>('read_vcard.py', contactToVCard(contact));
    expect(seen).toMatchObject({ family: 'Doe', given: 'John', additional: 'Richter, James' });
  });

  it('Outlook 2007 (vCard 2.1, N with a LANGUAGE parameter)', async () => {
    const contact = await only('ezvcard-outlook-2007.vcf');
    expect(contact.nameParts).toEqual({
      prefix: 'Mr.',
      given: 'Michael',
      additional: '',
      family: 'Angstadt',
      suffix: 'Jr.',
    });
    expect(nLine(contactToVCard(contact))).toBe('N:Angstadt;Michael;;Mr.;Jr.');
  });
});

describe('second affiliations from other layouts', () => {
  it('pairs ungrouped ORG and TITLE lines by position, grouped ones by group', async () => {
    const { drafts } = await readText(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ana Lima',
        'item2.TITLE:Advisor',
        'ORG:Acme',
        'TITLE:Engineer',
        'item2.ORG:Beta Labs',
        'ORG:Gamma Co',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    expect(drafts.get('Ana Lima')).toMatchObject({
      company: 'Acme',
      role: 'Engineer',
      // Ungrouped lines first (the main affiliation is one of them), then each group.
      otherAffiliations: [
        { company: 'Gamma Co', role: '' },
        { company: 'Beta Labs', role: 'Advisor' },
      ],
    });
  });

  it('reads Google CSV organisations 2 and later', async () => {
    const { drafts } = await readText(
      [
        'Name,Given Name,Family Name,Organization 1 - Name,Organization 1 - Title,Organization 2 - Name,Organization 2 - Title',
        'Ana Lima,Ana,Lima,Acme,Engineer,Beta Labs,Advisor',
        '',
      ].join('\r\n'),
    );
    expect(drafts.get('Ana Lima')).toMatchObject({
      company: 'Acme',
      otherAffiliations: [{ company: 'Beta Labs', role: 'Advisor' }],
    });
  });
});
