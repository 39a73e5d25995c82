import type { ImportFormat } from '../../../shared/interchange/import';
import { headerSet } from './csv-table';
import { isGoogleHeader } from './google-csv';
import { isLinkedInHeader } from './linkedin-csv';
import { isOutlookHeader } from './outlook-csv';

/** Which CSV dialect a header line is, LinkedIn first (its columns overlap Outlook's). */
export function csvFormatOf(cells: string[]): Exclude<ImportFormat, 'vcard'> | null {
  const columns = headerSet(cells);
  if (isLinkedInHeader(columns)) return 'linkedin';
  if (isGoogleHeader(columns)) return 'google';
  if (isOutlookHeader(columns)) return 'outlook';
  return null;
}

/** A vCard file has BEGIN:VCARD near its start. */
export const looksLikeVcard = (text: string): boolean =>
  /^\s*([A-Za-z0-9-]+\.)?BEGIN:VCARD\s*$/im.test(text.slice(0, 4096));
