import { EmailSchema, PhoneSchema, ProfileLinkSchema } from '../../../shared/contact';
import { CrmContactDraftSchema, type CrmContactFields } from '../../../shared/crm/crm-contact';
import { storableUrl } from '../profile-url';
import type { ImportCandidate } from './candidate';

const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);
const unique = (values: string[]) => [...new Map(values.map((v) => [v.toLowerCase(), v])).values()];

/**
 * A candidate as a contact draft: fields trimmed to their limits, invalid emails, phones and
 * links dropped (one bad value does not lose the person), a birthday kept as a custom field.
 * Returns a reason instead when the row cannot be a contact.
 */
export function toDraft(
  c: ImportCandidate,
): { ok: true; fields: CrmContactFields } | { ok: false; reason: string } {
  const emails = unique(c.emails.map((e) => e.trim().replace(/^mailto:/i, ''))).filter(
    (e) => EmailSchema.safeParse(e).success,
  );
  const name = cut(c.name.replace(/\s+/g, ' ').trim() || emails[0] || '', 200);
  if (name === '') return { ok: false, reason: 'No name and no email address.' };
  const linkedin = storableUrl(c.linkedin);
  const links = unique(c.links.map(storableUrl).filter((l): l is string => l !== null)).filter(
    (l) => ProfileLinkSchema.safeParse(l).success,
  );
  const parsed = CrmContactDraftSchema.safeParse({
    name,
    company: cut(c.company.trim(), 200),
    role: cut(c.role.trim(), 200),
    emails: emails.slice(0, 20),
    phones: unique(c.phones.map((p) => p.trim()))
      .filter((p) => PhoneSchema.safeParse(p).success)
      .slice(0, 20),
    links: links.slice(0, 20),
    tags: unique(c.tags.map((t) => cut(t.trim(), 40)).filter(Boolean)).slice(0, 50),
    notes: cut(c.notes.replace(/\r\n?/g, '\n').trim(), 20000),
    howWeMet: c.connectedOn ? `Connected on LinkedIn on ${c.connectedOn}` : '',
    city: cut(c.city.trim(), 120),
    platforms:
      linkedin && ProfileLinkSchema.safeParse(linkedin).success
        ? [{ platform: 'linkedin', handle: '', url: linkedin }]
        : [],
    customFields: c.birthday ? [{ key: 'Birthday', value: c.birthday }] : [],
  });
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues[0]?.message ?? 'The row is not valid.' };
  }
  return { ok: true, fields: parsed.data };
}
