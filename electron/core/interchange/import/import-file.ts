import type { ParseControl, ParsedFile } from './candidate';
import { CHUNK_ROWS, ImportCancelled, ImportFileError, inChunks } from './candidate';
import { findHeader, readTable, type CsvTable } from './csv-table';
import { decodeText } from './decode-text';
import { csvFormatOf, looksLikeVcard } from './detect-format';
import { googleRows } from './google-csv';
import { linkedInRows } from './linkedin-csv';
import { outlookRows } from './outlook-csv';
import { vcardCards } from './vcard';

export type ImportOutcome =
  { ok: true; file: ParsedFile } | { ok: false; cancelled: boolean; message: string };

const WRONG_FORMAT =
  'Netwell does not recognise this file. It reads LinkedIn Connections.csv, Google or Outlook ' +
  'contacts exported as CSV, and vCard (.vcf) files.';

/**
 * Reads an address-book file of any supported kind. Never throws: a file it refuses comes back
 * with a message for the user, a row it skips comes back in the report with its line.
 */
export async function importFile(
  bytes: Uint8Array,
  control: ParseControl = {},
): Promise<ImportOutcome> {
  try {
    const text = decodeText(bytes);
    if (looksLikeVcard(text)) {
      const file = await vcardCards(text, control);
      if (file.rows === 0) throw new ImportFileError(WRONG_FORMAT);
      return { ok: true, file };
    }
    const header = findHeader(text, (cells) => csvFormatOf(cells) !== null);
    if (!header) throw new ImportFileError(WRONG_FORMAT);
    const format = csvFormatOf(header.cells)!;
    const table = readTable(text, header);
    const rows = { linkedin: linkedInRows, google: googleRows, outlook: outlookRows }[format];
    // Mapped in chunks: the main process keeps answering while a big file goes through.
    const file: ParsedFile = {
      format,
      candidates: [],
      skipped: [...table.broken],
      hidden: 0,
      rows: table.broken.length,
    };
    const chunks: CsvTable[] = [];
    for (let i = 0; i < table.rows.length; i += CHUNK_ROWS) {
      chunks.push({ ...table, rows: table.rows.slice(i, i + CHUNK_ROWS), broken: [] });
    }
    await inChunks(
      chunks,
      { ...control, onProgress: undefined },
      (chunk, index) => {
        const part = rows(chunk);
        file.candidates.push(...part.candidates);
        file.skipped.push(...part.skipped);
        file.hidden += part.hidden;
        file.rows += part.rows;
        control.onProgress?.(
          Math.min(table.rows.length, (index + 1) * CHUNK_ROWS),
          table.rows.length,
        );
      },
      1,
    );
    file.skipped.sort((a, b) => a.line - b.line);
    return { ok: true, file };
  } catch (error) {
    if (error instanceof ImportCancelled)
      return { ok: false, cancelled: true, message: error.message };
    if (error instanceof ImportFileError)
      return { ok: false, cancelled: false, message: error.message };
    return {
      ok: false,
      cancelled: false,
      message: 'This file could not be read. Nothing was imported.',
    };
  }
}
