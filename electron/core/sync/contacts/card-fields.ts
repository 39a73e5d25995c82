import type {
  CrmContact,
  NameParts,
  PlatformPresence,
} from '../../../shared/crm/contact-crm-fields';
import { PlatformPresenceSchema } from '../../../shared/crm/contact-crm-fields';
import {
  ContactDraftSchema,
  EmailSchema,
  PhoneSchema,
  ProfileLinkSchema,
} from '../../../shared/contact';
import { partsOrNull } from '../../../shared/names/name-parts';

/** The fields Netwell owns on a card. Everything else on the card is the card's own and is never touched. */
export interface CardFields {
  /** FN. */
  name: string;
  /** N; null = no N or all parts empty. */
  nameParts: NameParts | null;
  /** The first component of the first ORG. */
  company: string;
  /** The first TITLE. */
  role: string;
  /** EMAIL values Netwell accepts. */
  emails: string[];
  /** TEL values Netwell accepts. */
  phones: string[];
  /** URL values Netwell accepts (https). */
  links: string[];
  /** X-SOCIALPROFILE lines as vcard-writer.ts writes them (TYPE=platform, X-USER=handle). */
  platforms: PlatformPresence[];
  /** CATEGORIES, from every CATEGORIES line. */
  tags: string[];
  /** The locality of the first ADR. */
  city: string;
  /** NOTE; null when notes are not synced (then NOTE lines are never read or written). */
  notes: string | null;
}
export type CardFieldName = keyof CardFields;

/** A card with none of Netwell's fields: what a new card starts from, and a base with no past. */
export const emptyCardFields = (syncNotes: boolean): CardFields => ({
  name: '',
  nameParts: null,
  company: '',
  role: '',
  emails: [],
  phones: [],
  links: [],
  platforms: [],
  tags: [],
  city: '',
  notes: syncNotes ? '' : null,
});

export const CARD_FIELD_LABELS: Record<CardFieldName, string> = {
  name: 'Name',
  nameParts: 'Name parts',
  company: 'Company',
  role: 'Role',
  emails: 'Email addresses',
  phones: 'Phone numbers',
  links: 'Links',
  platforms: 'Profiles',
  tags: 'Tags',
  city: 'City',
  notes: 'Notes',
};

/**
 * A link as a URL parser writes it (host in lower case, default port and dot segments gone):
 * the same page, however it was typed. Not the import's profile key, which drops the query.
 */
function linkKey(link: string): string {
  try {
    return new URL(link.trim()).href;
  } catch {
    return link.trim();
  }
}

/** A card writes every line break as `\n`. */
const lineBreaks = (s: string) => s.replace(/\r\n|\r/g, '\n');

const TagSchema = ContactDraftSchema.shape.tags.unwrap().element;

/**
 * Each list's identity, the way Netwell compares its values: an email case-insensitively, a
 * phone by its digits, a link in its canonical form, a tag case-insensitively. Null: Netwell
 * does not accept the value (it is then never part of CardFields).
 */
export const LIST_KEYS = {
  emails: (v: string) => (EmailSchema.safeParse(v).success ? v.trim().toLowerCase() : null),
  phones: (v: string) => (PhoneSchema.safeParse(v).success ? v.replace(/\D/g, '') : null),
  links: (v: string) => (ProfileLinkSchema.safeParse(v).success ? linkKey(v) : null),
  tags: (v: string) => (TagSchema.safeParse(v).success ? lineBreaks(v.trim().toLowerCase()) : null),
  platforms: (p: PlatformPresence) =>
    PlatformPresenceSchema.safeParse(p).success
      ? `${p.platform}|${p.handle.trim().toLowerCase().replace(/^@/, '')}|${
          p.url ? linkKey(p.url) : ''
        }`
      : null,
};

/** The values a key accepts, each key once (the first spelling wins). */
function cleanList<T>(values: readonly T[], key: (value: T) => string | null): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (k === null || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const trim = (s: string) => s.trim();
const trimPlatform = (p: PlatformPresence): PlatformPresence => ({
  platform: p.platform,
  handle: p.handle.trim(),
  url: p.url === null ? null : p.url.trim(),
});

/** Fields as Netwell's schemas would keep them: trimmed, accepted values only, no repeats. */
export function cleanCardFields(f: CardFields): CardFields {
  return {
    name: f.name.trim(),
    nameParts: f.nameParts ? partsOrNull(f.nameParts) : null,
    company: f.company.trim(),
    role: f.role.trim(),
    emails: cleanList(f.emails.map(trim), LIST_KEYS.emails),
    phones: cleanList(f.phones.map(trim), LIST_KEYS.phones),
    links: cleanList(f.links.map(trim), LIST_KEYS.links),
    platforms: cleanList(f.platforms.map(trimPlatform), LIST_KEYS.platforms),
    tags: cleanList(f.tags.map(trim), LIST_KEYS.tags),
    city: f.city.trim(),
    notes: f.notes === null ? null : f.notes.trim(),
  };
}

/** A Netwell contact's card fields. */
export function contactCardFields(contact: CrmContact, opts: { syncNotes: boolean }): CardFields {
  return cleanCardFields({
    name: contact.name,
    nameParts: contact.nameParts,
    company: contact.company,
    role: contact.role,
    emails: contact.emails,
    phones: contact.phones,
    links: contact.links,
    platforms: contact.platforms,
    tags: contact.tags,
    city: contact.city,
    notes: opts.syncNotes ? contact.notes : null,
  });
}

/** Text compared as a card carries it: every kind of line break is one (a card writes `\n`). */
export const sameText = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : lineBreaks(a) === lineBreaks(b);

export function samePartsOrNull(a: NameParts | null, b: NameParts | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.prefix === b.prefix &&
    a.given === b.given &&
    a.additional === b.additional &&
    a.family === b.family &&
    a.suffix === b.suffix
  );
}

/** The keys of a list's accepted values. */
export function listKeys<T>(values: readonly T[], key: (value: T) => string | null): Set<string> {
  const keys = new Set<string>();
  for (const v of values) {
    const k = key(v);
    if (k !== null) keys.add(k);
  }
  return keys;
}

function sameList<T>(a: readonly T[], b: readonly T[], key: (value: T) => string | null): boolean {
  const ka = listKeys(a, key);
  const kb = listKeys(b, key);
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/** Whether one field holds the same on both: lists as sets of keys, text with any line breaks. */
export function sameField(field: CardFieldName, a: CardFields, b: CardFields): boolean {
  switch (field) {
    case 'nameParts':
      return samePartsOrNull(a.nameParts, b.nameParts);
    case 'emails':
      return sameList(a.emails, b.emails, LIST_KEYS.emails);
    case 'phones':
      return sameList(a.phones, b.phones, LIST_KEYS.phones);
    case 'links':
      return sameList(a.links, b.links, LIST_KEYS.links);
    case 'tags':
      return sameList(a.tags, b.tags, LIST_KEYS.tags);
    case 'platforms':
      return sameList(a.platforms, b.platforms, LIST_KEYS.platforms);
    default:
      return sameText(a[field], b[field]);
  }
}

export const CARD_FIELD_NAMES: readonly CardFieldName[] = [
  'name',
  'nameParts',
  'company',
  'role',
  'emails',
  'phones',
  'links',
  'platforms',
  'tags',
  'city',
  'notes',
];

/** Equal as Netwell compares them: lists as sets (order and spelling of the same value aside). */
export const cardFieldsEqual = (a: CardFields, b: CardFields): boolean =>
  CARD_FIELD_NAMES.every((field) => sameField(field, a, b));

/** A field's value as a person reads it in a conflict ("a@x.org, b@y.org"). */
export function showField(field: CardFieldName, f: CardFields): string {
  switch (field) {
    case 'nameParts': {
      const p = f.nameParts;
      if (!p) return '';
      const labelled: [string, string][] = [
        ['Prefix', p.prefix],
        ['Given', p.given],
        ['Middle', p.additional],
        ['Family', p.family],
        ['Suffix', p.suffix],
      ];
      return labelled
        .filter(([, v]) => v !== '')
        .map(([label, v]) => `${label}: ${v}`)
        .join('; ');
    }
    case 'platforms':
      return f.platforms.map((p) => `${p.platform}: ${p.url ?? p.handle}`).join(', ');
    case 'emails':
    case 'phones':
    case 'links':
    case 'tags':
      return f[field].join(', ');
    default:
      return f[field] ?? '';
  }
}
