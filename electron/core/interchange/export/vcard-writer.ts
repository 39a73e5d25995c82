import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import { namePartsFor } from '../../../shared/names/name-parts';
import { escapeText, foldLine, paramValue } from './content-lines';

/**
 * What the writer reads from a contact: the stored contact, plus a birthday and a photo when the
 * data has them (the contact schema has neither yet; an import may add them).
 */
export type VCardContact = CrmContact & {
  /** "1990-04-12", or "--04-12" when the year is unknown (RFC 2426 allows ISO 8601 forms). */
  birthday?: string | null;
  /** A data URL: "data:image/jpeg;base64,...". */
  photo?: string | null;
};

const line = (name: string, value: string, params: string[] = []) =>
  foldLine(`${[name, ...params].join(';')}:${value}`);

/** PHOTO;ENCODING=b;TYPE=JPEG from a base64 data URL, or null for anything else. */
function photoLine(photo: string | null | undefined): string | null {
  const m = /^data:image\/([a-z0-9.+-]+);base64,([A-Za-z0-9+/=\s]+)$/i.exec(photo ?? '');
  if (!m) return null;
  const type = m[1]!.toUpperCase() === 'JPG' ? 'JPEG' : m[1]!.toUpperCase();
  return line('PHOTO', m[2]!.replace(/\s/g, ''), ['ENCODING=b', `TYPE=${paramValue(type)}`]);
}

function birthdayLine(birthday: string | null | undefined): string | null {
  if (!birthday) return null;
  // Full dates as 3.0 expects; a date without a year in the ISO 8601 form 3.0 clients read.
  if (/^\d{4}-\d{2}-\d{2}$/.test(birthday) || /^--\d{2}-?\d{2}$/.test(birthday)) {
    return line('BDAY', birthday);
  }
  return null;
}

/**
 * A URI value: strictly not TEXT, but readers (vobject, Apple, Evolution) split an unescaped comma
 * into a list, so it is escaped like TEXT. Links are validated https URLs without line breaks.
 */
const uriValue = (uri: string) => escapeText(uri.replace(/[\r\n]/g, ''));

/** "2026-03-01T10:00:00.000Z" → "2026-03-01T10:00:00Z" (REV). */
const revStamp = (instant: string) => `${instant.slice(0, 19)}Z`;

/** One contact as a vCard 3.0 (RFC 2426): CRLF line ends, folded at 75 octets. */
export function contactToVCard(contact: VCardContact): string {
  // N as the source gave it; else the display name split only where that is certain.
  const n = namePartsFor(contact);
  const out: (string | null)[] = [
    'BEGIN:VCARD\r\n',
    'VERSION:3.0\r\n',
    line('PRODID', '-//Netwell//Netwell//EN'),
    line('UID', escapeText(contact.id)),
    line('FN', escapeText(contact.name)),
    line('N', [n.family, n.given, n.additional, n.prefix, n.suffix].map(escapeText).join(';')),
  ];
  if (contact.company) out.push(line('ORG', escapeText(contact.company)));
  if (contact.role) out.push(line('TITLE', escapeText(contact.role)));
  // Further affiliations in groups, so a reader pairs each ORG with its own TITLE.
  contact.otherAffiliations.forEach((a, i) => {
    if (a.company) out.push(line(`AFFILIATION${i + 2}.ORG`, escapeText(a.company)));
    if (a.role) out.push(line(`AFFILIATION${i + 2}.TITLE`, escapeText(a.role)));
  });
  for (const email of contact.emails) out.push(line('EMAIL', escapeText(email), ['TYPE=INTERNET']));
  for (const phone of contact.phones) out.push(line('TEL', escapeText(phone), ['TYPE=VOICE']));
  for (const link of contact.links) out.push(line('URL', uriValue(link)));
  for (const p of contact.platforms) {
    // Apple's form, which Evolution and most address books read: the profile link as the value,
    // the handle as X-USER.
    const params = [`TYPE=${paramValue(p.platform)}`];
    if (p.handle) params.push(`X-USER=${paramValue(p.handle)}`);
    out.push(line('X-SOCIALPROFILE', p.url ? uriValue(p.url) : escapeText(p.handle), params));
  }
  if (contact.city)
    out.push(line('ADR', ['', '', '', contact.city, '', '', ''].map(escapeText).join(';')));
  out.push(birthdayLine(contact.birthday));
  if (contact.tags.length > 0) out.push(line('CATEGORIES', contact.tags.map(escapeText).join(',')));
  if (contact.notes) out.push(line('NOTE', escapeText(contact.notes)));
  if (contact.howWeMet) out.push(line('X-NETWELL-HOW-WE-MET', escapeText(contact.howWeMet)));
  out.push(photoLine(contact.photo));
  out.push(line('REV', revStamp(contact.updatedAt)));
  out.push('END:VCARD\r\n');
  return out.filter((l): l is string => l !== null).join('');
}

/** Many contacts in one .vcf file, one card after the other. */
export const contactsToVCard = (contacts: readonly VCardContact[]): string =>
  contacts.map(contactToVCard).join('');
