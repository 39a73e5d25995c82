import { stringify } from 'csv-stringify/sync';
import { namePartsFor } from '../../../shared/names/name-parts';
import type { VCardContact } from './vcard-writer';

/**
 * A cell that a spreadsheet would run as a formula (=, @, tab, CR; + and - unless it is a number
 * such as a phone number) gets a leading apostrophe, so it shows as text (OWASP "CSV injection").
 */
export function neutraliseFormula(value: string): string {
  if (/^[=@\t\r]/.test(value)) return `'${value}`;
  if (/^[+-]/.test(value) && !/^[+-][0-9 ().\-/x]*$/.test(value)) return `'${value}`;
  return value;
}

/** As many numbered columns as the contact with the most values needs (at least one). */
const numbered = (label: string, count: number) =>
  Array.from({ length: Math.max(1, count) }, (_, i) => `${label} ${i + 1}`);

/**
 * Contacts as CSV for spreadsheets, Outlook and Google: UTF-8 with a byte-order mark and CRLF
 * line ends (what Excel needs to read accents and rows right), one row per contact, every cell
 * with a comma, quote or line break quoted.
 */
export function contactsToCsv(contacts: readonly VCardContact[]): string {
  const emails = Math.max(0, ...contacts.map((c) => c.emails.length));
  const phones = Math.max(0, ...contacts.map((c) => c.phones.length));
  const header = [
    'Name',
    // Google's own column names, so Google (and Netwell) read the parts back.
    'Given Name',
    'Additional Name',
    'Family Name',
    'Name Prefix',
    'Name Suffix',
    'Company',
    'Role',
    ...numbered('E-mail', emails),
    ...numbered('Phone', phones),
    'Links',
    'Profiles',
    'Tags',
    'City',
    'Birthday',
    'How We Met',
    'Notes',
    'Favourite',
    'Created',
  ];
  const pad = (values: readonly string[], count: number) =>
    Array.from({ length: Math.max(1, count) }, (_, i) => values[i] ?? '');
  const rows = contacts.map((c) => {
    const n = namePartsFor(c);
    return [
      c.name,
      n.given,
      n.additional,
      n.family,
      n.prefix,
      n.suffix,
      c.company,
      c.role,
      ...pad(c.emails, emails),
      ...pad(c.phones, phones),
      c.links.join('\n'),
      c.platforms.map((p) => `${p.platform}: ${p.url ?? p.handle}`).join('\n'),
      c.tags.join(', '),
      c.city,
      c.birthday ?? '',
      c.howWeMet,
      c.notes,
      c.favourite ? 'yes' : '',
      c.createdAt.slice(0, 10),
    ].map(neutraliseFormula);
  });
  return stringify([header, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes on its record delimiter only: a lone LF in a note must be quoted too.
    quoted_match: /[\r\n]/,
  });
}
