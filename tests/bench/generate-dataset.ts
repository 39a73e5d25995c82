/**
 * A deterministic, realistic CRM data set at the scale of an imported LinkedIn network: by default
 * 30,000 contacts and 150,000 interactions. The same seed always gives the same data (mulberry32),
 * so runs compare. Names and companies carry accents (María, Søren, Zoë, Müller), contacts have 0–4
 * tags, 1–2 emails, a LinkedIn link, sometimes a phone; interactions are skewed towards a minority
 * of contacts, as real ones are.
 *
 * `generateAppData` (generate-app-data.ts) turns it into the app's own data file format.
 */
import { z } from 'zod';
import { ContactSchema, type Contact } from '../../electron/shared/contact';

export const InteractionSchema = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  kind: z.enum(['message', 'email', 'call', 'meeting', 'comment', 'intro']),
  at: z.iso.datetime(),
  summary: z.string().max(2000),
});
export type Interaction = z.output<typeof InteractionSchema>;

export const BenchDocSchema = z.object({
  version: z.literal(1),
  contacts: z.array(ContactSchema),
  interactions: z.array(InteractionSchema),
});
export type BenchDoc = z.output<typeof BenchDocSchema>;

const FIRST = [
  'María',
  'José',
  'Zoë',
  'Søren',
  'Aïsha',
  'Chloé',
  'Inés',
  'Björn',
  'Łukasz',
  'Thành',
  'Ana',
  'Ben',
  'Olu',
  'Priya',
  'Lars',
  'Mei',
  'Tom',
  'Fatima',
  'Kenji',
  'Ngozi',
  'Émile',
  'François',
  'Günther',
  'Hélène',
  'Ömer',
  'Raúl',
  'Siobhán',
  'Zoltán',
  'Amara',
  'Diego',
];
const LAST = [
  'Fernández',
  'Müller',
  'Nguyễn',
  'Kowalski',
  'Dubois',
  'Okafor',
  'Rossi',
  'Sato',
  'Smith',
  'García',
  'Øvergaard',
  'Lima',
  'Marin',
  'Çelik',
  'Novák',
  'Andersson',
  'Haddad',
  'Kim',
  "O'Brien",
  'Van der Berg',
  'Schröder',
  'Ibáñez',
  'Petrović',
  'Yilmaz',
  'Mensah',
];
const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Hooli',
  'Umbrella',
  'Stark Industries',
  'Wayne Enterprises',
  'Tyrell',
  'Cyberdyne',
  'Société Générale Conseil',
  'Müller & Söhne',
  'Nordisk Data',
  'Café Lumière',
  'Banco Ibérico',
  'Zürich Analytics',
  'Kōbō Labs',
  'Soylent',
  'Vandelay Industries',
  'Pied Piper',
];
const ROLES = [
  'Software engineer',
  'Senior designer',
  'Recruiter',
  'Founder',
  'CTO',
  'Product manager',
  'Data analyst',
  'Consultant',
  'Engineering manager',
  'Head of talent',
  'Investor',
  'Researcher',
];
const TAGS = [
  'mentor',
  'hiring',
  'investor',
  'alumni',
  'conference',
  'community',
  'client',
  'former colleague',
  'rust',
  'design',
  'berlin',
  'lisboa',
  'remote',
  'référence',
  'follow-up',
];
const MET = [
  'At a meetup in Lisbon',
  'Conference talk Q&A',
  'Introduced by a former colleague',
  'Commented on my post',
  'University alumni event',
  '',
];
const NOTES = [
  'Talked about the role and a coffee next month.',
  'Interested in mentoring; prefers short calls.',
  'Working on a side project about accessibility. Asked me to review the café menu app.',
  '',
  'Met twice. Send the article about résumé screening.',
];
const SUMMARIES = [
  'Sent a note after the conference',
  'Replied to their post about hiring',
  'Coffee chat: career change, next steps',
  'Intro to a recruiter at Globex',
  'Thanked them for the référence',
  'Call about the open role',
  'Shared the slides from the meetup',
];
const KINDS = ['message', 'email', 'call', 'meeting', 'comment', 'intro'] as const;

/** Deterministic pseudo-random numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .toLowerCase();

export function generateDataset(
  options: { contacts?: number; interactions?: number; seed?: number } = {},
): BenchDoc {
  const { contacts: contactCount = 30_000, interactions: interactionCount = 150_000 } = options;
  const rand = mulberry32(options.seed ?? 20_261_128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const iso = (ms: number) => new Date(start + Math.floor(ms)).toISOString();

  const contacts: Contact[] = [];
  for (let i = 0; i < contactCount; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const company = pick(COMPANIES);
    const created = rand() * span;
    const emails = [`${slug(first)}.${slug(last)}${i}@${slug(company)}.example`];
    if (rand() < 0.3) emails.push(`${slug(first)}${i}@mail.example`);
    const tags = [...new Set(Array.from({ length: Math.floor(rand() * 5) }, () => pick(TAGS)))];
    contacts.push({
      id: `c${i.toString(36)}-${Math.floor(rand() * 1e9).toString(36)}`,
      name: `${first} ${last}`,
      company,
      role: pick(ROLES),
      emails,
      phones: rand() < 0.2 ? [`+351 21 ${String(1_000_000 + i).slice(1)}`] : [],
      links: [`https://www.linkedin.com/in/${slug(first)}-${slug(last)}-${i}`],
      tags,
      howWeMet: pick(MET),
      notes: pick(NOTES),
      createdAt: iso(created),
      updatedAt: iso(created + rand() * (span - created)),
    });
  }
  const interactions: Interaction[] = [];
  for (let i = 0; i < interactionCount; i++) {
    // Squared: a minority of contacts gets most of the interactions.
    const contact = contacts[Math.floor(rand() ** 2 * contactCount)]!;
    interactions.push({
      id: `i${i.toString(36)}`,
      contactId: contact.id,
      kind: pick(KINDS),
      at: iso(rand() * span),
      summary: pick(SUMMARIES),
    });
  }
  return { version: 1, contacts, interactions };
}
