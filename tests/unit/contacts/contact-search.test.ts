import { describe, expect, it } from 'vitest';
import { searchContacts } from '../../../electron/core/contacts/contact-search';
import { makeContact } from '../../fixtures/contact';

const make = makeContact;

const people = [
  make('1', { name: 'María Fernández', company: 'Acme', role: 'Designer', tags: ['mentor'] }),
  make('2', { name: 'Ben Okafor', company: 'Globex', role: 'Engineer', emails: ['ben@globex.io'] }),
  make('3', { name: 'Zoë Marin', company: 'Initech', role: 'Recruiter', tags: ['hiring'] }),
  make('4', { name: 'ana lima', company: 'María Corp', role: 'CTO' }),
];
const names = (query: string) => searchContacts(people, query).map((c) => c.name);

describe('searchContacts', () => {
  it('lists everyone by name when the query is empty', () => {
    expect(names('')).toEqual(['ana lima', 'Ben Okafor', 'María Fernández', 'Zoë Marin']);
    expect(names('   ')).toHaveLength(4);
  });

  it('ignores case and accents both ways', () => {
    expect(names('maria')).toEqual(['María Fernández', 'ana lima']);
    expect(names('MARÍA')).toEqual(['María Fernández', 'ana lima']);
    expect(names('zoe')).toEqual(['Zoë Marin']);
  });

  it('matches company, role, tags and email, and requires every word', () => {
    expect(names('globex')).toEqual(['Ben Okafor']);
    expect(names('recruiter')).toEqual(['Zoë Marin']);
    expect(names('mentor')).toEqual(['María Fernández']);
    expect(names('ben@globex')).toEqual(['Ben Okafor']);
    expect(names('acme designer')).toEqual(['María Fernández']);
    expect(names('acme engineer')).toEqual([]);
  });

  it('puts people whose name starts with the query first', () => {
    expect(names('mar')).toEqual(['María Fernández', 'Zoë Marin', 'ana lima']);
  });

  it('does not look in notes', () => {
    const withNotes = [make('9', { name: 'Quiet', notes: 'secret word' })];
    expect(searchContacts(withNotes, 'secret')).toEqual([]);
  });
});
