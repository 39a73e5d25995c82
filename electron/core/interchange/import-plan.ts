import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import type { CrmContactFields } from '../../shared/crm/crm-contact';
import type { ImportSkip, MatchBy } from '../../shared/interchange/import';
import type { ParsedFile } from './import/candidate';
import { toDraft } from './import/to-draft';
import { normaliseProfileUrl } from './profile-url';

/** A row that can become (or join) a contact. `row` numbers rows in file order. */
export interface ImportRow {
  row: number;
  line: number;
  fields: CrmContactFields;
  connectedOn: string | null;
}

/** The file read and validated once, at preview time; matching is redone at commit time. */
export interface PreparedImport {
  rows: ImportRow[];
  skipped: ImportSkip[];
  hidden: number;
  total: number;
}

export interface PlannedRow extends ImportRow {
  match: { contact: CrmContact; by: MatchBy } | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  skipped: ImportSkip[];
}

/** Candidates to validated drafts; rows that cannot be contacts go to the report. */
export function prepareImport(file: ParsedFile): PreparedImport {
  const rows: ImportRow[] = [];
  const skipped = [...file.skipped];
  for (const candidate of file.candidates) {
    const draft = toDraft(candidate);
    if (!draft.ok) skipped.push({ line: candidate.line, reason: draft.reason });
    else
      rows.push({
        row: rows.length,
        line: candidate.line,
        fields: draft.fields,
        connectedOn: candidate.connectedOn,
      });
  }
  skipped.sort((a, b) => a.line - b.line);
  return { rows, skipped, hidden: file.hidden, total: file.rows };
}

/** The keys one person is recognised by, strongest first. */
function keysOf(
  fields: Pick<CrmContactFields, 'emails' | 'links' | 'platforms' | 'name' | 'company'>,
) {
  const profiles = [...fields.platforms.map((p) => p.url ?? ''), ...fields.links]
    .map(normaliseProfileUrl)
    .filter((u): u is string => u !== null);
  const name = fields.name.trim().toLowerCase().replace(/\s+/g, ' ');
  const company = fields.company.trim().toLowerCase().replace(/\s+/g, ' ');
  return {
    email: fields.emails.map((e) => e.trim().toLowerCase()),
    profile: profiles,
    // Name alone is too weak (two Jane Smiths); name plus company is the usual tie-breaker.
    'name-company': name && company ? [`${name}\u0000${company}`] : [],
  } satisfies Record<MatchBy, string[]>;
}

const ORDER: MatchBy[] = ['email', 'profile', 'name-company'];

class MatchIndex<T> {
  private maps: Record<MatchBy, Map<string, T>> = {
    email: new Map(),
    profile: new Map(),
    'name-company': new Map(),
  };
  add(keys: Record<MatchBy, string[]>, value: T): void {
    for (const by of ORDER)
      for (const key of keys[by]) if (!this.maps[by].has(key)) this.maps[by].set(key, value);
  }
  /** Every match, strongest first. */
  find(keys: Record<MatchBy, string[]>): { value: T; by: MatchBy }[] {
    const out: { value: T; by: MatchBy }[] = [];
    for (const by of ORDER)
      for (const key of keys[by]) {
        const value = this.maps[by].get(key);
        if (value !== undefined) out.push({ value, by });
      }
    return out;
  }
}

/**
 * Pure: which rows are new, which match an existing contact (on email, then normalised profile
 * link, then name plus company), and which are skipped. A row matching a blocked contact is
 * skipped (blocked people are never re-created); a row repeating an earlier row of the same file
 * is skipped too, so one import never makes two contacts of one person.
 */
export function planImport(prepared: PreparedImport, existing: readonly CrmContact[]): ImportPlan {
  const known = new MatchIndex<CrmContact>();
  for (const contact of existing) known.add(keysOf(contact), contact);
  const seen = new MatchIndex<number>();
  const rows: PlannedRow[] = [];
  const skipped = [...prepared.skipped];
  for (const row of prepared.rows) {
    const keys = keysOf(row.fields);
    const matches = known.find(keys);
    if (matches.some((m) => m.value.blocked)) {
      skipped.push({
        line: row.line,
        reason: 'This is someone you blocked: blocked people are never imported again.',
      });
      continue;
    }
    const earlier = seen.find(keys)[0];
    if (earlier) {
      skipped.push({ line: row.line, reason: `The same person as line ${earlier.value}.` });
      continue;
    }
    seen.add(keys, row.line);
    const first = matches[0];
    rows.push({ ...row, match: first ? { contact: first.value, by: first.by } : null });
  }
  skipped.sort((a, b) => a.line - b.line);
  return { rows, skipped };
}
