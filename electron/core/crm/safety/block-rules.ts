import { ContactFilterSchema, listedIn, type ContactFilter } from '../../../shared/contact-page';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import { fold } from '../../../shared/text';

/** Hidden from lists, reminders and suggestions: blocked or archived. */
export const isHidden = (c: Pick<CrmContact, 'blocked' | 'archived'>): boolean =>
  c.blocked !== null || c.archived;

export type { ContactFilter };

/** The contacts a list shows, by the rule the renderer's copy uses too (`listedIn`). */
const SHOWN_BY = Object.fromEntries(
  ContactFilterSchema.options.map((filter) => [
    filter,
    (c: CrmContact) => listedIn(filter, c.favourite, c.archived, c.blocked !== null),
  ]),
) as Record<ContactFilter, (c: CrmContact) => boolean>;

/**
 * Whether a contact is in the list a filter shows (the same rules as `visibleContacts`). The same
 * function for the same filter every time, so search can remember its answers per list.
 */
export function shownBy(filter: ContactFilter): (c: CrmContact) => boolean {
  return SHOWN_BY[filter];
}

export function visibleContacts<C extends CrmContact>(
  contacts: readonly C[],
  filter: ContactFilter = 'active',
): C[] {
  return contacts.filter(shownBy(filter));
}

/**
 * A profile URL reduced to what identifies the profile: host without "www."/"m."/"mobile.",
 * lower-cased, http or https alike, no query, fragment or trailing slash, path lower-cased
 * (profile handles on the big platforms are case-insensitive). null when it is not a URL.
 */
export function normaliseProfileUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  let host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  if (host === 'twitter.com') host = 'x.com';
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: compare it as written.
  }
  path = path.toLowerCase().replace(/\/+$/, '');
  if (host.endsWith('linkedin.com')) host = 'linkedin.com';
  path = path.replace(/\/+/g, '/');
  return `${host}${path}`;
}

const squash = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface ImportedRow {
  name: string;
  company?: string;
  emails?: readonly string[];
  links?: readonly string[];
}

export interface BlockedMatch {
  contactId: string;
  on: 'email' | 'profile' | 'name-company';
}

/**
 * Whether an imported row is a blocked person, so imports never re-create them. Tried in order of
 * certainty: an email (ignoring case), a profile link (normalised), then name and company together
 * (ignoring case, accents and punctuation). Name alone never matches: namesakes are common, and
 * refusing a stranger's import is worse than asking the user. A blocked contact without a company
 * is matched by email or link only.
 */
export function isBlockedMatch(
  row: ImportedRow,
  contacts: readonly CrmContact[],
): BlockedMatch | null {
  const blocked = contacts.filter((c) => c.blocked !== null);
  const emails = new Set((row.emails ?? []).map((e) => e.trim().toLowerCase()));
  for (const c of blocked) {
    if (c.emails.some((e) => emails.has(e.trim().toLowerCase()))) {
      return { contactId: c.id, on: 'email' };
    }
  }
  const links = new Set(
    (row.links ?? []).map(normaliseProfileUrl).filter((l): l is string => l !== null),
  );
  for (const c of blocked) {
    const theirs = [...c.links, ...c.platforms.flatMap((p) => (p.url ? [p.url] : []))];
    if (theirs.some((l) => links.has(normaliseProfileUrl(l) ?? ''))) {
      return { contactId: c.id, on: 'profile' };
    }
  }
  const name = squash(row.name);
  const company = squash(row.company ?? '');
  if (name && company) {
    for (const c of blocked) {
      if (squash(c.name) === name && squash(c.company) === company) {
        return { contactId: c.id, on: 'name-company' };
      }
    }
  }
  return null;
}
