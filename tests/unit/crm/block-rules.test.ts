import { describe, expect, it } from 'vitest';
import {
  isBlockedMatch,
  normaliseProfileUrl,
  visibleContacts,
} from '../../../electron/core/crm/safety/block-rules';
import { day, makeCrmContact } from './crm-fixtures';

const blockedOn = { on: day('2026-01-01'), reason: 'spam' };
const mallory = makeCrmContact('m', {
  name: 'Mallory Doe',
  company: 'Acme, Inc.',
  emails: ['Mallory@Example.com'],
  links: ['https://www.linkedin.com/in/mallory-doe/'],
  blocked: blockedOn,
});
const noCompany = makeCrmContact('n', { name: 'Nick Noco', blocked: blockedOn });
const ana = makeCrmContact('a', {
  name: 'Ana',
  company: 'Acme, Inc.',
  emails: ['ana@example.com'],
});
const old = makeCrmContact('o', { archived: true });
const fav = makeCrmContact('f', { favourite: true });

describe('visibleContacts', () => {
  it('hides blocked and archived by default; the blocked filter still finds them', () => {
    const all = [mallory, noCompany, ana, old, fav];
    expect(visibleContacts(all).map((c) => c.id)).toEqual(['a', 'f']);
    expect(visibleContacts(all, 'blocked').map((c) => c.id)).toEqual(['m', 'n']);
    expect(visibleContacts(all, 'archived').map((c) => c.id)).toEqual(['o']);
    expect(visibleContacts(all, 'favourites').map((c) => c.id)).toEqual(['f']);
  });
});

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/Mallory-Doe/', 'linkedin.com/in/mallory-doe'],
    ['http://linkedin.com/in/mallory-doe?trk=x#top', 'linkedin.com/in/mallory-doe'],
    ['https://uk.linkedin.com/in/mallory-doe', 'linkedin.com/in/mallory-doe'],
    ['https://mobile.twitter.com/mallory', 'x.com/mallory'],
    ['https://x.com/Mallory/', 'x.com/mallory'],
    ['not a url', null],
    ['ftp://x.com/m', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseProfileUrl(input)).toBe(expected);
  });
});

describe('isBlockedMatch', () => {
  const contacts = [mallory, noCompany, ana];
  it('matches on email, ignoring case', () => {
    expect(isBlockedMatch({ name: 'M', emails: ['mallory@example.COM'] }, contacts)).toEqual({
      contactId: 'm',
      on: 'email',
    });
  });
  it('then on a normalised profile link', () => {
    expect(
      isBlockedMatch({ name: 'X', links: ['http://linkedin.com/in/MALLORY-DOE?utm=1'] }, contacts),
    ).toEqual({ contactId: 'm', on: 'profile' });
  });
  it('then on name and company together, ignoring case, accents and punctuation', () => {
    expect(isBlockedMatch({ name: 'mallory  doe', company: 'ACME Inc' }, contacts)).toEqual({
      contactId: 'm',
      on: 'name-company',
    });
  });
  it('never on a name alone, and never a contact who is not blocked', () => {
    expect(isBlockedMatch({ name: 'Mallory Doe' }, contacts)).toBeNull();
    expect(isBlockedMatch({ name: 'Nick Noco', company: '' }, contacts)).toBeNull();
    expect(isBlockedMatch({ name: 'Mallory Doe', company: 'Other Ltd' }, contacts)).toBeNull();
    expect(
      isBlockedMatch({ name: 'Ana', company: 'Acme', emails: ['ana@example.com'] }, contacts),
    ).toBeNull();
  });
});
