import { describe, expect, it } from 'vitest';
import {
  emptyCandidate,
  type ParsedFile,
} from '../../../electron/core/interchange/import/candidate';
import { planImport, prepareImport } from '../../../electron/core/interchange/import-plan';
import { normaliseProfileUrl, storableUrl } from '../../../electron/core/interchange/profile-url';
import type { CrmContact } from '../../../electron/shared/crm/contact-crm-fields';
import { CrmContactDraftSchema, CrmContactSchema } from '../../../electron/shared/crm/crm-contact';
import { OWN_COPIES } from '../../../electron/core/interchange/import/to-draft';

const contact = (id: string, fields: Record<string, unknown>): CrmContact =>
  CrmContactSchema.parse({
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });

function file(rows: Array<Partial<ReturnType<typeof emptyCandidate>>>): ParsedFile {
  return {
    format: 'linkedin',
    candidates: rows.map((r, i) => ({ ...emptyCandidate(i + 2), ...r })),
    skipped: [],
    hidden: 0,
    rows: rows.length,
  };
}

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/Jane-Doe/', 'https://linkedin.com/in/jane-doe'],
    ['http://linkedin.com/in/jane-doe?trk=abc#x', 'https://linkedin.com/in/jane-doe'],
    ['linkedin.com/in/jane-doe', 'https://linkedin.com/in/jane-doe'],
    ['https://uk.linkedin.com/in/jane-doe', 'https://linkedin.com/in/jane-doe'],
    ['https://mastodon.social/@Jane', 'https://mastodon.social/@Jane'],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%s → %s', (input, expected) => expect(normaliseProfileUrl(input)).toBe(expected));
});

describe('planImport', () => {
  const existing = [
    contact('by-email', { name: 'Ada L.', emails: ['ADA@example.com'] }),
    contact('by-url', {
      name: 'Grace',
      platforms: [{ platform: 'linkedin', url: 'https://linkedin.com/in/gracehopper/' }],
    }),
    contact('by-name', { name: 'Alan Turing', company: 'Bletchley' }),
    contact('blocked', {
      name: 'Eve Spammer',
      company: 'Spam Co',
      blocked: { on: '2026-01-02T00:00:00.000Z', reason: 'spam' },
    }),
  ];

  it('matches on email, then profile link, then name plus company; the name alone is only possible', async () => {
    const plan = planImport(
      await prepareImport(
        file([
          { name: 'Ada Lovelace', emails: ['ada@example.com'] },
          { name: 'Grace Hopper', linkedin: 'https://www.linkedin.com/in/GraceHopper?trk=x' },
          { name: 'alan  turing', company: 'BLETCHLEY' },
          { name: 'Alan Turing', company: 'Manchester' },
          { name: 'New Person' },
        ]),
      ),
      existing,
    );
    expect(plan.rows.map((r) => [r.fields.name, r.match?.contact.id, r.match?.by])).toEqual([
      ['Ada Lovelace', 'by-email', 'email'],
      ['Grace Hopper', 'by-url', 'profile'],
      ['alan turing', 'by-name', 'name-company'],
      ['Alan Turing', 'by-name', 'name'],
      ['New Person', undefined, undefined],
    ]);
    expect(plan.rows.map((r) => r.match?.ticked ?? null)).toEqual([true, true, true, false, null]);
    expect(plan.skipped).toEqual([]);
  });

  it('never re-creates a blocked contact, and skips a person repeated in the file', async () => {
    const plan = planImport(
      await prepareImport(
        file([
          { name: 'Eve Spammer', company: 'Spam Co' },
          { name: 'Bo', linkedin: 'https://linkedin.com/in/bo' },
          { name: 'Bo Again', linkedin: 'https://www.linkedin.com/in/bo/' },
          { name: '' },
        ]),
      ),
      existing,
    );
    expect(plan.rows.map((r) => r.fields.name)).toEqual(['Bo']);
    expect(plan.skipped).toEqual([
      { line: 2, reason: expect.stringContaining('someone you blocked') },
      { line: 4, reason: 'The same person as line 3.' },
      { line: 5, reason: 'No name and no email address.' },
    ]);
  });
});

describe('planImport with namesakes', () => {
  it('does not match name plus company when the profile links differ, nor dedupe namesakes in a file', async () => {
    const existing = [
      contact('ana', {
        name: 'Ana Lima',
        company: 'Acme',
        platforms: [{ platform: 'linkedin', url: 'https://linkedin.com/in/ana-1' }],
      }),
    ];
    const plan = planImport(
      await prepareImport(
        file([
          { name: 'Ana Lima', company: 'Acme', linkedin: 'https://linkedin.com/in/ana-2' },
          { name: 'Ana Lima', company: 'Acme', linkedin: 'https://linkedin.com/in/ana-3' },
          { name: 'Ana Lima', company: 'Acme' },
        ]),
      ),
      existing,
    );
    expect(plan.rows.map((r) => r.match?.contact.id ?? null)).toEqual([null, null, 'ana']);
    expect(plan.skipped).toEqual([]);
  });
});

describe('toDraft', () => {
  it('gives every draft its own copy of each object or array default', () => {
    const defaults = CrmContactDraftSchema.parse({ name: '-' });
    const shared = Object.entries(defaults)
      .filter(([, v]) => v !== null && typeof v === 'object')
      .map(([k]) => k)
      .sort();
    expect(shared).toEqual([...OWN_COPIES].sort());
  });
});

describe('storableUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ana', 'https://www.linkedin.com/in/ana'],
    ['http://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['linkedin.com/in/ana', 'https://linkedin.com/in/ana'],
    ['mailto:ana@example.com', null],
    ['https://exa mple.com', null],
    ['', null],
  ])('%s → %s', (input, expected) => expect(storableUrl(input)).toBe(expected));
});

describe('planImport: how far a weaker match holds', () => {
  const existing = [
    contact('ana', { name: 'Ana Lima', company: 'Acme', emails: ['ana@acme.example'] }),
    contact('bo', { name: 'Bo Chen', phones: ['+44 20 7946 0958'], externalIds: ['card-bo'] }),
    contact('eve', {
      name: 'Eve Spammer',
      phones: ['+1 212 555 0199'],
      blocked: { on: '2026-01-02T00:00:00.000Z', reason: 'spam' },
    }),
  ];
  const plan = async (rows: Array<Partial<ReturnType<typeof emptyCandidate>>>) =>
    planImport(await prepareImport(file(rows)), existing);
  const matchOf = (p: Awaited<ReturnType<typeof plan>>) =>
    p.rows.map((r) => (r.match ? [r.match.contact.id, r.match.by, r.match.sure] : null));

  it('offers name plus company only as "possibly" when both have emails and none is shared', async () => {
    expect(
      matchOf(await plan([{ name: 'Ana Lima', company: 'Acme', emails: ['ana@other.example'] }])),
    ).toEqual([['ana', 'name-company', false]]);
    expect(matchOf(await plan([{ name: 'Ana Lima', company: 'Acme' }]))).toEqual([
      ['ana', 'name-company', true],
    ]);
  });

  it('never matches on name and phone when the UIDs say they are two cards', async () => {
    expect(
      matchOf(await plan([{ name: 'Bo Chen', phones: ['020 7946 0958'], uids: ['card-other'] }])),
    ).toEqual([null]);
    expect(
      matchOf(await plan([{ name: 'Bo Chen', phones: ['020 7946 0958'], uids: ['card-bo'] }])),
    ).toEqual([['bo', 'uid', true]]);
  });

  it('skips a card that is surely a blocked person, and never offers one as "possibly"', async () => {
    const sure = await plan([{ name: 'Eve Spammer', phones: ['+1 (212) 555-0199'] }]);
    expect(sure.rows).toEqual([]);
    expect(sure.skipped[0]?.reason).toContain('someone you blocked');
    expect(matchOf(await plan([{ name: 'Eve Stone', phones: ['+1 212 555 0199'] }]))).toEqual([
      null,
    ]);
  });

  it('within one file, the same name and phone is one person; a shared phone is not', async () => {
    const p = await plan([
      { name: 'Dee Park', phones: ['+82 10 1234 5678'] },
      { name: 'Dee  Park', phones: ['+82-10-1234-5678'], notes: 'again' },
      { name: 'Cy Park', phones: ['+82 10 1234 5678'] },
    ]);
    expect(p.rows.map((r) => r.fields.name)).toEqual(['Dee Park', 'Cy Park']);
    expect(p.skipped).toEqual([{ line: 3, reason: 'The same person as line 2.' }]);
  });
});
