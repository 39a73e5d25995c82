import type { NameParts } from '../../../shared/crm/contact-crm-fields';
import type { ImportFormat, ImportSkip } from '../../../shared/interchange/import';

/**
 * One person read from a file, before validation: loose strings, mapped onto the contact's
 * fields. `toDraft` (to-draft.ts) turns it into a valid contact draft or a reason to skip it.
 */
export interface ImportCandidate {
  /** The line in the file where the row or card starts (1-based). */
  line: number;
  name: string;
  /** The name in parts, when the file has them (vCard `N`, first/last columns). */
  nameParts: NameParts | null;
  company: string;
  role: string;
  /** More companies and roles (a card's second ORG/TITLE). */
  otherAffiliations: { company: string; role: string }[];
  emails: string[];
  phones: string[];
  /** Web pages; LinkedIn profile links also become a LinkedIn platform entry. */
  links: string[];
  linkedin: string;
  notes: string;
  tags: string[];
  city: string;
  /** yyyy-mm-dd, or --mm-dd when the year is not known. */
  birthday: string;
  /** LinkedIn's "Connected On", as yyyy-mm-dd. */
  connectedOn: string | null;
  /** The ids the source gave this person (vCard UID): the first thing a re-import matches on. */
  uids: string[];
}

export const emptyCandidate = (line: number): ImportCandidate => ({
  line,
  name: '',
  nameParts: null,
  company: '',
  role: '',
  otherAffiliations: [],
  emails: [],
  phones: [],
  links: [],
  linkedin: '',
  notes: '',
  tags: [],
  city: '',
  birthday: '',
  connectedOn: null,
  uids: [],
});

/** What a parser returns: never throws, always a report. */
export interface ParsedFile {
  format: ImportFormat;
  candidates: ImportCandidate[];
  skipped: ImportSkip[];
  hidden: number;
  /** Rows or cards seen, skipped ones included. */
  rows: number;
}

/** Hooks for long files: progress, cancellation, and a pause that lets the event loop breathe. */
export interface ParseControl {
  onProgress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
  /** Awaited between chunks (the service passes a macrotask yield; tests pass nothing). */
  pause?: () => Promise<void>;
}

/** A file we refuse as a whole: the message is for the user. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

export const CHUNK_ROWS = 1000;

/** Maps items in chunks, pausing between them; stops with ImportCancelled when asked. */
export async function inChunks<T>(
  items: readonly T[],
  control: ParseControl,
  each: (item: T, index: number) => void,
  size = CHUNK_ROWS,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    if (control.cancelled?.()) throw new ImportCancelled('Import cancelled.');
    const end = Math.min(items.length, start + size);
    for (let i = start; i < end; i++) each(items[i] as T, i);
    control.onProgress?.(end, items.length);
    if (end < items.length) await control.pause?.();
  }
}

/** "a ::: b", "a; b" lists split and trimmed, empties dropped. */
export const splitValues = (value: string, separator: string | RegExp = ' ::: '): string[] =>
  value
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');

export const joinName = (...parts: string[]): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(' ');
