import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import type { CrmContactFields } from '../../shared/crm/crm-contact';
import type { ImportSkip, MatchBy } from '../../shared/interchange/import';
import { inChunks, type ParseControl, type ParsedFile } from './import/candidate';
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
export async function prepareImport(
  file: ParsedFile,
  control: ParseControl = {},
): Promise<PreparedImport> {
  const rows: ImportRow[] = [];
  const skipped = [...file.skipped];
  await inChunks(file.candidates, control, (candidate) => {
    const draft = toDraft(candidate);
    if (!draft.ok) skipped.push({ line: candidate.line, reason: draft.reason });
    else
      rows.push({
        row: rows.length,
        line: candidate.line,
        fields: draft.fields,
        connectedOn: candidate.connectedOn,
      });
  });
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

/** Both have profile links and none is shared: not the same person, whatever their names. */
function differentProfiles(keys: Record<MatchBy, string[]>, contact: CrmContact): boolean {
  if (keys.profile.length === 0) return false;
  const theirs = keysOf(contact).profile;
  return theirs.length > 0 && !theirs.some((p) => keys.profile.includes(p));
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
  const planner = new Planner(prepared, existing);
  for (const row of prepared.rows) planner.add(row);
  return planner.done();
}

/** planImport in chunks, letting the event loop run between them (a 30,000-row file). */
export async function planImportInChunks(
  prepared: PreparedImport,
  existing: readonly CrmContact[],
  control: ParseControl,
): Promise<ImportPlan> {
  const planner = new Planner(prepared, existing);
  await inChunks(prepared.rows, control, (row) => planner.add(row));
  return planner.done();
}

class Planner {
  private readonly known = new MatchIndex<CrmContact>();
  private readonly seen = new MatchIndex<number>();
  private readonly rows: PlannedRow[] = [];
  private readonly skipped: ImportSkip[];

  constructor(prepared: PreparedImport, existing: readonly CrmContact[]) {
    for (const contact of existing) this.known.add(keysOf(contact), contact);
    this.skipped = [...prepared.skipped];
  }

  add(row: ImportRow): void {
    const keys = keysOf(row.fields);
    const matches = this.known
      .find(keys)
      .filter((m) => m.by !== 'name-company' || !differentProfiles(keys, m.value));
    if (matches.some((m) => m.value.blocked)) {
      this.skipped.push({
        line: row.line,
        reason: 'This is someone you blocked: blocked people are never imported again.',
      });
      return;
    }
    // Within one file only strong keys count: LinkedIn has many "Ana Lima"s at big companies.
    const strong = { ...keys, 'name-company': [] };
    const earlier = this.seen.find(strong)[0];
    if (earlier) {
      this.skipped.push({ line: row.line, reason: `The same person as line ${earlier.value}.` });
      return;
    }
    this.seen.add(strong, row.line);
    const first = matches[0];
    this.rows.push({ ...row, match: first ? { contact: first.value, by: first.by } : null });
  }

  done(): ImportPlan {
    return { rows: this.rows, skipped: [...this.skipped].sort((a, b) => a.line - b.line) };
  }
}
