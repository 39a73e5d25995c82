import type { Contact } from '../../electron/shared/contact';

const FIRST = [
  'María',
  'Ana',
  'Ben',
  'Zoë',
  'José',
  'Chloé',
  'Olu',
  'Priya',
  'Lars',
  'Mei',
  'Søren',
  'Aïsha',
  'Tom',
  'Inés',
];
const LAST = [
  'Fernández',
  'Lima',
  'Okafor',
  'Marin',
  'Müller',
  'Nguyen',
  'Kowalski',
  'Rossi',
  'Sato',
  'Dubois',
  'Smith',
];
const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
];
const ROLES = [
  'Designer',
  'Engineer',
  'Recruiter',
  'Founder',
  'CTO',
  'Product manager',
  'Analyst',
  'Consultant',
];
const TAGS = ['mentor', 'hiring', 'investor', 'alumni', 'conference', 'community', 'client'];

/** Deterministic synthetic contacts, so every run measures the same data. */
export function syntheticContacts(count: number): Contact[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const company = pick(COMPANIES);
    return {
      id: `c${i}`,
      name: `${first} ${last}`,
      company,
      role: pick(ROLES),
      emails: [`${first}.${last}${i}@${company}.example`.toLowerCase()],
      phones: [],
      links: [],
      tags: [pick(TAGS), pick(TAGS)],
      howWeMet: 'At a meetup',
      notes: 'Talked about the role and a coffee next month.',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

export const QUERIES = [
  'maria',
  'ana lima',
  'globex',
  'zoe',
  'engineer acme',
  'mentor',
  'sø',
  'chloe dubois',
  'x',
  'founder hooli',
];
