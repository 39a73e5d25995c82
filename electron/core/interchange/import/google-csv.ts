import type { ImportCandidate, ParsedFile } from './candidate';
import { cleanNameColumns } from '../../../shared/names/name-parts';
import { emptyCandidate, joinName, splitValues } from './candidate';
import { parsedFileOf, type CsvRow, type CsvTable } from './csv-table';
import { parseBirthday } from './parse-date';

/** Google's numbered groups ("E-mail 1 - Value"): current and legacy exports both have them. */
export const isGoogleHeader = (columns: Set<string>): boolean =>
  [...columns].some((c) => /^(e-mail|phone|website|organization) \d+ - /.test(c)) ||
  (columns.has('given name') && columns.has('family name')) ||
  (columns.has('first name') && columns.has('labels'));

/** Every value of a numbered group, e.g. all `E-mail N - Value` cells split on ` ::: `. */
function numbered(row: CsvRow, prefix: string, suffix: string): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  const pattern = new RegExp(`^${prefix} (\\d+) - ${suffix}$`, 'i');
  for (const column of row.columns) {
    const m = pattern.exec(column.trim());
    if (!m) continue;
    const label = row.get(`${prefix} ${m[1]} - Label`) || row.get(`${prefix} ${m[1]} - Type`);
    for (const value of splitValues(row.get(column))) out.push({ label, value });
  }
  return out;
}

const SYSTEM_GROUPS = /^\* ?(mycontacts|my contacts|starred|other contacts)$/i;

/** Google Contacts CSV, current (First Name, Labels…) and legacy (Name, Given Name…) headers. */
export function googleRows(table: CsvTable): ParsedFile {
  const result = parsedFileOf('google', table);
  for (const row of table.rows) {
    const c: ImportCandidate = emptyCandidate(row.line);
    const given = row.get('First Name') || row.get('Given Name');
    const additional = row.get('Middle Name') || row.get('Additional Name');
    const family = row.get('Last Name') || row.get('Family Name');
    c.nameParts = cleanNameColumns({
      prefix: row.get('Name Prefix'),
      given,
      additional,
      family,
      suffix: row.get('Name Suffix'),
    });
    c.name =
      row.get('Name') ||
      joinName(given, additional, family) ||
      row.get('Nickname') ||
      row.get('File As');
    c.company = row.get('Organization Name') || row.get('Organization 1 - Name');
    c.role = row.get('Organization Title') || row.get('Organization 1 - Title');
    // The legacy layout numbers organisations: the second and later are kept too.
    for (let n = 2; n <= 10; n++) {
      const company = row.get(`Organization ${n} - Name`);
      const role = row.get(`Organization ${n} - Title`);
      if (company || role) c.otherAffiliations.push({ company, role });
    }
    c.emails = numbered(row, 'E-mail', 'Value').map((e) => e.value);
    c.phones = numbered(row, 'Phone', 'Value').map((p) => p.value);
    for (const site of numbered(row, 'Website', 'Value')) {
      if (/linkedin/i.test(site.label) || /linkedin\.com\/in\//i.test(site.value)) {
        c.linkedin ||= site.value;
      } else c.links.push(site.value);
    }
    c.city = numbered(row, 'Address', 'City')[0]?.value ?? '';
    c.notes = row.get('Notes');
    c.birthday = parseBirthday(row.get('Birthday'));
    c.tags = splitValues(row.get('Labels') || row.get('Group Membership')).filter(
      (t) => !SYSTEM_GROUPS.test(t),
    );
    result.candidates.push(c);
  }
  return result;
}
