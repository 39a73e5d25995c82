import type { ImportCandidate, ParsedFile } from './candidate';
import { cleanNameColumns } from '../../../shared/names/name-parts';
import { emptyCandidate, joinName, splitValues } from './candidate';
import { parsedFileOf, type CsvTable } from './csv-table';
import { parseBirthday } from './parse-date';

/** Classic Outlook and Outlook.com both name their columns "E-mail Address", "Job Title"… */
export const isOutlookHeader = (columns: Set<string>): boolean =>
  columns.has('e-mail address') ||
  columns.has('e-mail 2 address') ||
  (columns.has('first name') && columns.has('job title'));

const PHONES = [
  'Mobile Phone',
  'Business Phone',
  'Business Phone 2',
  'Home Phone',
  'Home Phone 2',
  'Primary Phone',
  'Other Phone',
  'Company Main Phone',
  'Car Phone',
];

/** Outlook CSV (classic desktop "Export to a file" and Outlook.com "Export contacts"). */
export function outlookRows(table: CsvTable): ParsedFile {
  const result = parsedFileOf('outlook', table);
  for (const row of table.rows) {
    const c: ImportCandidate = emptyCandidate(row.line);
    // Outlook's "Title" column is the honorific (Mr., Dr.), not the job title.
    c.nameParts = cleanNameColumns({
      prefix: row.get('Title'),
      given: row.get('First Name'),
      additional: row.get('Middle Name'),
      family: row.get('Last Name'),
      suffix: row.get('Suffix'),
    });
    c.name =
      joinName(row.get('First Name'), row.get('Middle Name'), row.get('Last Name')) ||
      row.get('Nickname') ||
      row.get('E-mail Display Name');
    c.company = row.get('Company');
    c.role = row.get('Job Title');
    c.emails = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address']
      .map((k) => row.get(k))
      // Exchange entries carry an X.500 path instead of an address.
      .filter((e) => e !== '' && !e.startsWith('/'));
    c.phones = PHONES.map((k) => row.get(k)).filter((p) => p !== '');
    for (const page of [row.get('Web Page'), row.get('Personal Web Page')].filter(Boolean)) {
      if (/linkedin\.com\/in\//i.test(page)) c.linkedin ||= page;
      else c.links.push(page);
    }
    c.city = row.get('Business City') || row.get('Home City') || row.get('Other City');
    c.notes = row.get('Notes');
    const birthday = row.get('Birthday');
    // Outlook writes 0/0/00 for "no birthday".
    c.birthday = /^0+\/0+\/0+$/.test(birthday) ? '' : parseBirthday(birthday);
    c.tags = splitValues(row.get('Categories'), /[;,]/);
    result.candidates.push(c);
  }
  return result;
}
