import { describe, expect, it } from 'vitest';
import type { CrmContact } from '../../../../electron/shared/crm/contact-crm-fields';
import type { CardFields } from '../../../../electron/core/sync/contacts/contact-cards';
import {
  CARD_FIELD_LABELS,
  cardFieldsEqual,
  contactCardFields,
  mergeCardFields,
} from '../../../../electron/core/sync/contacts/contact-cards';
import { CARD_FIELD_NAMES } from '../../../../electron/core/sync/contacts/card-fields';

const base: CardFields = {
  name: 'Ana López',
  nameParts: null,
  company: 'Acme',
  role: 'Engineer',
  emails: ['ana@acme.example', 'ana@home.example'],
  phones: ['+351 912 345 678'],
  links: [],
  platforms: [],
  tags: ['work'],
  city: 'Lisbon',
  notes: null,
};

describe('mergeCardFields with a base', () => {
  it('takes a scalar changed on one side only', () => {
    const local = { ...base, role: 'CTO' };
    const remote = { ...base, city: 'Porto' };
    const m = mergeCardFields(base, local, remote);
    expect(m.conflicts).toEqual([]);
    expect(m.local).toEqual({ ...base, role: 'CTO', city: 'Porto' });
    expect(m.remote).toEqual(m.local);
  });

  it('is fine when both made the same change', () => {
    const both = { ...base, company: 'Acme Ltd' };
    const m = mergeCardFields(base, both, { ...both });
    expect(m.conflicts).toEqual([]);
    expect(m.local.company).toBe('Acme Ltd');
  });

  it('reports a conflict and overwrites neither side', () => {
    const local = { ...base, company: 'Initech' };
    const remote = { ...base, company: 'Globex', role: 'CEO' };
    const m = mergeCardFields(base, local, remote);
    expect(m.conflicts).toEqual([{ field: 'company', local: 'Initech', remote: 'Globex' }]);
    expect(m.local.company).toBe('Initech');
    expect(m.remote.company).toBe('Globex');
    expect(m.local.role).toBe('CEO');
  });

  it('merges lists as sets: adds and removes from both sides apply', () => {
    const local = {
      ...base,
      emails: ['ana@acme.example', 'ana@new.example'],
      tags: ['work', 'vip'],
    };
    const remote = {
      ...base,
      emails: ['ANA@ACME.example', 'ana@home.example', 'ana@phone.example'],
      tags: [],
    };
    const m = mergeCardFields(base, local, remote);
    expect(m.conflicts).toEqual([]);
    // ana@home removed locally, ana@phone added remotely, ana@new added locally.
    expect(m.local.emails).toEqual(['ana@acme.example', 'ana@new.example', 'ana@phone.example']);
    // Each side keeps its own spelling of a value it has, so its line stays as it is.
    expect(m.remote.emails).toEqual(['ANA@ACME.example', 'ana@phone.example', 'ana@new.example']);
    // work removed remotely; vip added locally.
    expect(m.local.tags).toEqual(['vip']);
    expect(cardFieldsEqual(m.local, m.remote)).toBe(true);
  });

  it('compares phones by digits and notes across line-break styles', () => {
    const b = { ...base, notes: 'one\ntwo' };
    const local = { ...b, phones: ['+351912345678'], notes: 'one\r\ntwo' };
    const m = mergeCardFields(b, local, { ...b, notes: 'three' });
    expect(m.conflicts).toEqual([]);
    expect(m.local.notes).toBe('three');
    expect(m.local.phones).toEqual(['+351912345678']);
  });

  it('treats name parts as one scalar, shown labelled in a conflict', () => {
    const local = {
      ...base,
      nameParts: { prefix: '', given: 'Ana', additional: '', family: 'López', suffix: '' },
    };
    const remote = {
      ...base,
      nameParts: { prefix: 'Dr.', given: 'Ana', additional: '', family: 'Lopes', suffix: '' },
    };
    const m = mergeCardFields(base, local, remote);
    expect(m.conflicts).toEqual([
      {
        field: 'nameParts',
        local: 'Given: Ana; Family: López',
        remote: 'Prefix: Dr.; Given: Ana; Family: Lopes',
      },
    ]);
  });
});

describe('mergeCardFields without a base (first sync)', () => {
  it('unions lists, fills an empty scalar from the other side, and conflicts on two values', () => {
    const local = { ...base, city: '', role: 'Engineer', emails: ['ana@acme.example'] };
    const remote = {
      ...base,
      city: 'Porto',
      role: 'Architect',
      emails: ['ana@home.example'],
      nameParts: { prefix: '', given: 'Ana', additional: '', family: 'López', suffix: '' },
    };
    const m = mergeCardFields(null, local, remote);
    expect(m.local.city).toBe('Porto');
    expect(m.local.nameParts).toEqual(remote.nameParts);
    expect(m.local.emails).toEqual(['ana@acme.example', 'ana@home.example']);
    expect(m.remote.emails).toEqual(['ana@home.example', 'ana@acme.example']);
    expect(m.conflicts).toEqual([{ field: 'role', local: 'Engineer', remote: 'Architect' }]);
    expect(m.local.role).toBe('Engineer');
    expect(m.remote.role).toBe('Architect');
  });
});

describe('contactCardFields and cardFieldsEqual', () => {
  const contact = {
    id: 'c1',
    name: 'Ana López',
    company: 'Acme',
    role: 'Engineer',
    emails: ['ana@acme.example'],
    phones: ['+351 912 345 678'],
    links: ['https://ana.example'],
    tags: ['work'],
    howWeMet: 'At a meetup',
    notes: 'Likes tea',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    platforms: [{ platform: 'x', handle: 'ana', url: null }],
    metInPerson: { met: false, on: null, atEventId: null },
    keepInTouch: null,
    customFields: [],
    favourite: false,
    archived: false,
    blocked: null,
    city: 'Lisbon',
    externalIds: [],
    nameParts: null,
    connections: [],
    otherAffiliations: [],
  } satisfies CrmContact;

  it('takes Netwell’s fields of a contact, notes only when they sync', () => {
    const f = contactCardFields(contact, { syncNotes: false });
    expect(f).toEqual({
      name: 'Ana López',
      nameParts: null,
      company: 'Acme',
      role: 'Engineer',
      emails: ['ana@acme.example'],
      phones: ['+351 912 345 678'],
      links: ['https://ana.example'],
      platforms: [{ platform: 'x', handle: 'ana', url: null }],
      tags: ['work'],
      city: 'Lisbon',
      notes: null,
    });
    expect(contactCardFields(contact, { syncNotes: true }).notes).toBe('Likes tea');
  });

  it('compares lists as sets, in Netwell’s terms', () => {
    const f = contactCardFields(contact, { syncNotes: false });
    expect(cardFieldsEqual(f, { ...f, emails: ['ANA@acme.example'] })).toBe(true);
    expect(cardFieldsEqual(f, { ...f, phones: ['+351912345678'] })).toBe(true);
    expect(cardFieldsEqual(f, { ...f, tags: ['WORK'] })).toBe(true);
    expect(cardFieldsEqual(f, { ...f, links: ['https://ANA.example/'] })).toBe(true);
    expect(cardFieldsEqual(f, { ...f, links: ['https://ana.example/?page=2'] })).toBe(false);
    expect(cardFieldsEqual(f, { ...f, emails: [] })).toBe(false);
    expect(cardFieldsEqual(f, { ...f, notes: '' })).toBe(false);
  });

  it('labels every field', () => {
    expect(Object.keys(CARD_FIELD_LABELS).sort()).toEqual([...CARD_FIELD_NAMES].sort());
    expect(CARD_FIELD_LABELS.emails).toBe('Email addresses');
  });
});
