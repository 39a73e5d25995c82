import type { ParsedFile } from './candidate';
import { cleanNameColumns } from '../../../shared/names/name-parts';
import { emptyCandidate, joinName } from './candidate';
import { parsedFileOf, type CsvTable } from './csv-table';
import { parseLooseDate } from './parse-date';

/** LinkedIn's header: First Name, Last Name and Connected On (URL and Email only in some years). */
export const isLinkedInHeader = (columns: Set<string>): boolean =>
  columns.has('first name') && columns.has('last name') && columns.has('connected on');

/**
 * LinkedIn `Connections.csv` rows. Members who hide their details come as a row with only a
 * date: they are counted, never made into contacts. The date becomes the first interaction.
 */
export function linkedInRows(table: CsvTable): ParsedFile {
  const result = parsedFileOf('linkedin', table);
  for (const row of table.rows) {
    const name = joinName(row.get('First Name'), row.get('Last Name'));
    const url = row.get('URL') || row.get('Profile URL');
    const connected = row.get('Connected On');
    if (name === '' && url === '') {
      if (connected !== '') {
        result.hidden++;
        result.skipped.push({
          line: row.line,
          reason: 'A LinkedIn member who hides their details: only the date is in the file.',
        });
      } else {
        result.skipped.push({ line: row.line, reason: 'The row is empty.' });
      }
      continue;
    }
    const candidate = emptyCandidate(row.line);
    candidate.name = name;
    candidate.nameParts = cleanNameColumns({
      given: row.get('First Name'),
      family: row.get('Last Name'),
    });
    candidate.company = row.get('Company');
    candidate.role = row.get('Position');
    const email = row.get('Email Address');
    if (email) candidate.emails = [email];
    candidate.linkedin = url;
    candidate.connectedOn = connected ? parseLooseDate(connected) : null;
    result.candidates.push(candidate);
  }
  return result;
}
