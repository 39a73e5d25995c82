import type { ImportSkip } from '../../../shared/interchange/import';
import { ImportFileError, type ParsedFile } from './candidate';
import { parseCsv } from './csv-records';

/** A CSV row by column name (names compared case-insensitively, trimmed). */
export interface CsvRow {
  line: number;
  get(column: string): string;
  /** Column names present in the header, as written. */
  columns: readonly string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows that could not be read (a quote left open by a truncated file, say). */
  broken: ImportSkip[];
}

/** How many lines of preamble we look through for the header. */
const HEADER_SCAN_LINES = 40;
/** One CSV line longer than this is not an address book (it is a minified file or binary). */
export const MAX_LINE_CHARS = 1_000_000;

export interface HeaderMatch {
  /** Offset of the header line in the text, its 1-based line number, and its delimiter. */
  offset: number;
  line: number;
  delimiter: ',' | ';' | '\t';
  cells: string[];
}

const norm = (s: string) => s.trim().replace(/^"|"$/g, '').trim().toLowerCase();

/**
 * Finds the header: the first of the first lines that `accept` recognises, split on `,`, `;` or
 * tab. LinkedIn puts a "Notes:" preamble before it; other exports start with it.
 */
export function findHeader(text: string, accept: (cells: string[]) => boolean): HeaderMatch | null {
  let offset = 0;
  for (let line = 1; line <= HEADER_SCAN_LINES && offset < text.length; line++) {
    const end = text.indexOf('\n', offset);
    const raw = text.slice(offset, end === -1 ? text.length : end).replace(/\r$/, '');
    if (raw.length <= 20_000) {
      for (const delimiter of [',', ';', '\t'] as const) {
        const cells = splitHeader(raw, delimiter);
        if (cells.length > 1 && accept(cells)) return { offset, line, delimiter, cells };
      }
    }
    if (end === -1) break;
    offset = end + 1;
  }
  return null;
}

/** A header line's cells; headers do not hold quoted delimiters in practice, quotes are dropped. */
const splitHeader = (raw: string, delimiter: string): string[] =>
  raw.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').trim());

/** Reads the rows under a header found by findHeader. Line numbers count from the file's start. */
export function readTable(text: string, header: HeaderMatch): CsvTable {
  const broken: ImportSkip[] = [];
  const lineBase = header.line - 1;
  // One line ending: a CRLF inside a quoted cell is then one line, as the user counts them.
  const body = dropHugeLines(text.slice(header.offset).replace(/\r\n?/g, '\n'), (line) =>
    broken.push({ line: lineBase + line, reason: 'This row is too long to be a contact.' }),
  );
  const { records, broken: unreadable } = parseCsv(body, header.delimiter);
  for (const line of unreadable) {
    broken.push({
      line: lineBase + line,
      reason: 'This row could not be read: a quote is opened and never closed.',
    });
  }
  const [first, ...rest] = records;
  if (!first) throw new ImportFileError('This file has no rows.');
  const names = first.cells.map((c) => c.trim());
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    if (!index.has(norm(n))) index.set(norm(n), i);
  });
  const rows: CsvRow[] = rest.map(({ cells, line }) => ({
    line: lineBase + line,
    columns: names,
    get: (column: string) => {
      const i = index.get(column.toLowerCase());
      return i === undefined ? '' : (cells[i] ?? '').trim();
    },
  }));
  return { header: names, rows, broken };
}

/**
 * Blanks physical lines longer than MAX_LINE_CHARS (keeping the line count), so one enormous line
 * costs a report entry and no time.
 */
function dropHugeLines(body: string, onDrop: (line: number) => void): string {
  if (body.length <= MAX_LINE_CHARS) return body;
  const parts: string[] = [];
  let start = 0;
  let line = 1;
  let dropped = false;
  while (start <= body.length) {
    const end = body.indexOf('\n', start);
    const stop = end === -1 ? body.length : end;
    if (stop - start > MAX_LINE_CHARS) {
      onDrop(line);
      dropped = true;
      parts.push('');
    } else parts.push(body.slice(start, stop));
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return dropped ? parts.join('\n') : body;
}

/** The header's cells, lower-cased, for format detection. */
export const headerSet = (cells: string[]): Set<string> => new Set(cells.map(norm));

/** The start of a CSV dialect's result: every row counted, the unreadable ones already skipped. */
export function parsedFileOf(format: ParsedFile['format'], table: CsvTable): ParsedFile {
  return {
    format,
    candidates: [],
    skipped: [...table.broken],
    hidden: 0,
    rows: table.rows.length + table.broken.length,
  };
}
