import { CrmContactDraftSchema, type CrmContactFields } from '../../../shared/crm/crm-contact';
import { storableUrl } from '../profile-url';
import type { ImportCandidate } from './candidate';

// The same rules as EmailSchema and PhoneSchema (shared/contact.ts); the fuzz tests check every
// draft made here against the schema itself.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+()0-9 .\-/]*[0-9][+()0-9 .\-/x]*$/;

/** Every default of a contact draft, parsed once. */
const DEFAULTS = CrmContactDraftSchema.parse({ name: '-' });
/** Defaults that are objects or arrays: each draft needs its own (see the unit test). */
export const OWN_COPIES = [
  'emails',
  'phones',
  'links',
  'tags',
  'platforms',
  'customFields',
  'metInPerson',
  'externalIds',
  'connections',
  'otherAffiliations',
] as const;

const text = (s: string, max: number) => {
  const trimmed = s.trim();
  return trimmed.length > max ? trimmed.slice(0, max).trim() : trimmed;
};
const unique = (values: string[]) => [...new Map(values.map((v) => [v.toLowerCase(), v])).values()];

/**
 * A candidate as a valid contact draft: fields trimmed to their limits, invalid emails, phones
 * and links dropped (one bad value does not lose the person), a birthday kept as a custom field.
 * Returns a reason instead when the row cannot be a contact. Built directly rather than through
 * the zod schema, which costs a second at LinkedIn's 30,000 rows.
 */
export function toDraft(
  c: ImportCandidate,
): { ok: true; fields: CrmContactFields } | { ok: false; reason: string } {
  const emails = unique(
    c.emails
      .map((e) => e.trim().replace(/^mailto:/i, ''))
      .filter((e) => e.length <= 254 && EMAIL.test(e)),
  );
  const name = text(c.name.replace(/\s+/g, ' ') || emails[0] || '', 200);
  if (name === '') return { ok: false, reason: 'No name and no email address.' };
  const https = (url: string) => {
    const stored = storableUrl(url);
    return stored !== null && stored.length <= 2000 ? stored : null;
  };
  const linkedin = https(c.linkedin);
  const fields: CrmContactFields = { ...DEFAULTS, metInPerson: { ...DEFAULTS.metInPerson } };
  fields.name = name;
  fields.nameParts = c.nameParts && {
    prefix: text(c.nameParts.prefix, 100),
    given: text(c.nameParts.given, 200),
    additional: text(c.nameParts.additional, 200),
    family: text(c.nameParts.family, 200),
    suffix: text(c.nameParts.suffix, 100),
  };
  fields.company = text(c.company, 200);
  fields.role = text(c.role, 200);
  fields.emails = emails.slice(0, 20);
  // One number written twice ("010-1234-5678", "010 1234 5678") is kept once, as a merge does.
  const seen = new Set<string>();
  fields.phones = c.phones
    .map((p) => p.trim())
    .filter((p) => p.length <= 40 && PHONE.test(p))
    .filter((p) => !seen.has(p.replace(/\D/g, '')) && seen.add(p.replace(/\D/g, '')))
    .slice(0, 20);
  fields.links = unique(c.links.map(https).filter((l): l is string => l !== null)).slice(0, 20);
  fields.tags = unique(c.tags.map((t) => text(t, 40)).filter(Boolean)).slice(0, 50);
  fields.notes = text(c.notes.replace(/\r\n?/g, '\n'), 20000);
  fields.howWeMet = '';
  fields.city = text(c.city, 120);
  fields.platforms = linkedin ? [{ platform: 'linkedin', handle: '', url: linkedin }] : [];
  fields.externalIds = unique(c.uids.map((u) => u.trim()))
    .filter((u) => u !== '' && u.length <= 300)
    .slice(0, 50);
  // When you connected, not a conversation: kept apart from interactions (see contact-crm-fields).
  fields.connections = c.connectedOn ? [{ platform: 'linkedin', on: c.connectedOn }] : [];
  const main = `${fields.company}\u0000${fields.role}`.toLowerCase();
  fields.otherAffiliations = [
    ...new Map(
      c.otherAffiliations
        .map((a) => ({ company: text(a.company, 200), role: text(a.role, 200) }))
        .filter((a) => a.company !== '' || a.role !== '')
        .map((a) => [`${a.company}\u0000${a.role}`.toLowerCase(), a] as const)
        .filter(([key]) => key !== main),
    ).values(),
  ].slice(0, 20);
  fields.customFields = c.birthday ? [{ key: 'Birthday', value: c.birthday }] : [];
  return { ok: true, fields };
}
