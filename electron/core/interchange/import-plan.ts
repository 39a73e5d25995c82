import type { CrmContact, NameParts } from '../../shared/crm/contact-crm-fields';
import type { CrmContactFields } from '../../shared/crm/crm-contact';
import type { ImportSkip, MatchBy } from '../../shared/interchange/import';
import { inChunks, type ParseControl, type ParsedFile } from './import/candidate';
import { toDraft } from './import/to-draft';
import type { CountryCode } from 'libphonenumber-js/min';
import { mergeContacts } from '../contacts/merge-contacts';
import { namePartsFor } from '../../shared/names/name-parts';
import {
  countryOf,
  handleKey,
  nameKey,
  personProfileKey,
  phoneKeyReader,
  uidKey,
} from './identity-keys';

/** A row that can become (or join) a contact. `row` numbers rows in file order. */
export interface ImportRow {
  row: number;
  line: number;
  fields: CrmContactFields;
}

/** The file read and validated once, at preview time; matching is redone at commit time. */
export interface PreparedImport {
  rows: ImportRow[];
  skipped: ImportSkip[];
  hidden: number;
  total: number;
}

export interface RowMatch {
  contact: CrmContact;
  by: MatchBy;
  /** For a profile match: the network ("linkedin", "github"…). */
  network: string | null;
  /** Sure matches are ticked in the preview; the others are "possibly the same as …". */
  sure: boolean;
  /** Whether merging the row would change the contact at all. */
  changes: boolean;
  /** Applied unless the user says otherwise. */
  ticked: boolean;
}

export interface PlannedRow extends ImportRow {
  match: RowMatch | null;
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
      });
  });
  skipped.sort((a, b) => a.line - b.line);
  return { rows, skipped, hidden: file.hidden, total: file.rows };
}

type Keyed = Pick<
  CrmContactFields,
  'emails' | 'links' | 'platforms' | 'name' | 'company' | 'phones' | 'externalIds'
>;
type Keys = Record<MatchBy, string[]>;

/** The keys one person is recognised by, strongest first (see identity-keys.ts). */
function keysOf(fields: Keyed, phoneKeysOf: (phone: string) => string[], ownId?: string): Keys {
  const profiles = [
    ...fields.platforms.map((p) =>
      p.url ? personProfileKey(p.url) : handleKey(p.platform, p.handle),
    ),
    ...fields.links.map(personProfileKey),
  ].filter((k): k is string => k !== null);
  const name = nameKey(fields.name);
  const company = nameKey(fields.company);
  const phones = [...new Set(fields.phones.flatMap(phoneKeysOf))];
  return {
    uid: [ownId ?? '', ...fields.externalIds].map(uidKey).filter((k): k is string => k !== null),
    email: fields.emails.map((e) => e.trim().toLowerCase()),
    profile: [...new Set(profiles)],
    'phone-name': name ? phones.map((p) => `${name}\u0000${p}`) : [],
    // Name alone is too weak (two Jane Smiths); name plus company is the usual tie-breaker.
    'name-company': name && company ? [`${name}\u0000${company}`] : [],
    // Only ever "possibly the same": never applied unless the user ticks it.
    name: name ? [name] : [],
    phone: phones,
  };
}

/** Matches that can be sure enough to be ticked in the preview; the others are only possible. */
const SURE: MatchBy[] = ['uid', 'email', 'profile', 'phone-name', 'name-company'];
const POSSIBLE: MatchBy[] = ['name', 'phone'];
/** The network of the first profile both share ("linkedin"). */
function networkOf(mine: string[], theirs: Keys): string {
  const shared = mine.find((k) => theirs.profile.includes(k)) ?? '';
  return shared.split(':')[0]!;
}

/** Keys that make two rows of one file the same person. */
const IN_FILE: MatchBy[] = ['uid', 'email', 'profile', 'phone-name'];

const disjoint = (a: string[], b: string[]) =>
  a.length > 0 && b.length > 0 && !a.some((k) => b.includes(k));

/**
 * How far a match on the weaker keys (phone plus name, name plus company, name, phone) can be
 * trusted. 'distinct': each has person profiles or foreign UIDs and none is shared, so they are
 * different people whatever else they share. 'doubt': each has emails and none is shared (the
 * same person, or a namesake): only "possibly the same". 'fine' otherwise.
 */
function trust(keys: Keys, theirs: Keys, theirId?: string): 'distinct' | 'doubt' | 'fine' {
  const own = theirId === undefined ? null : uidKey(theirId);
  const theirForeign = theirs.uid.filter((u) => u !== own);
  if (disjoint(keys.profile, theirs.profile) || disjoint(keys.uid, theirForeign)) return 'distinct';
  return disjoint(keys.email, theirs.email) ? 'doubt' : 'fine';
}

/** Keys that name one person: a match on these holds whatever else differs. */
const STRONG = new Set<MatchBy>(['uid', 'email', 'profile']);

class MatchIndex<T> {
  private readonly maps: Partial<Record<MatchBy, Map<string, T>>> = {};
  size = 0;
  constructor(private readonly kinds: readonly MatchBy[]) {
    for (const by of kinds) this.maps[by] = new Map();
  }
  add(keys: Keys, value: T): void {
    this.size++;
    for (const by of this.kinds) {
      const map = this.maps[by]!;
      for (const key of keys[by]) if (!map.has(key)) map.set(key, value);
    }
  }
  /** The strongest match the test accepts, or null (no list built: this runs per row). */
  first<R>(keys: Keys, accept: (value: T, by: MatchBy) => R | null): R | null {
    if (this.size === 0) return null;
    for (const by of this.kinds) {
      const map = this.maps[by]!;
      for (const key of keys[by]) {
        const value = map.get(key);
        if (value === undefined) continue;
        const accepted = accept(value, by);
        if (accepted !== null) return accepted;
      }
    }
    return null;
  }
}

/** The row as the contact it would merge into: its facts, the contact's identity. */
export function incomingFor(row: ImportRow, current: CrmContact, now: string): CrmContact {
  const own = uidKey(current.id);
  return {
    ...row.fields,
    // An import adds facts; it never un-archives anyone (a merge keeps "archived" only if both are).
    archived: current.archived,
    externalIds: row.fields.externalIds.filter((u) => uidKey(u) !== own),
    nameParts: saysOnlyTheName(row.fields.nameParts, current) ? null : row.fields.nameParts,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt: now,
  };
}

/**
 * Whether the file's name parts are exactly what Netwell writes for a contact without stored
 * parts (its display name split with care): Netwell's own export read back adds nothing.
 */
function saysOnlyTheName(parts: NameParts | null, current: CrmContact): boolean {
  if (parts === null || current.nameParts !== null) return false;
  const derived = namePartsFor(current);
  return (Object.keys(derived) as (keyof NameParts)[]).every((k) => derived[k] === parts[k]);
}

/** What merging the row into the contact gives, and whether that differs from the contact. */
export function mergeRow(row: ImportRow, current: CrmContact, now: string) {
  const merged = mergeContacts(current, incomingFor(row, current, now), {}, now);
  return { merged, changes: !sameData({ ...merged, updatedAt: current.updatedAt }, current) };
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const TEXT_FIELDS = ['name', 'company', 'role', 'city', 'notes', 'howWeMet'] as const;

/** Every text the row has, the contact has too (the lists are checked by mergeRow). */
function saysNothingNew(row: ImportRow, contact: CrmContact): boolean {
  return TEXT_FIELDS.every(
    (f) => row.fields[f].trim() === '' || nameKey(row.fields[f]) === nameKey(contact[f]),
  );
}

/** International numbers looked at to find the countries in play (reading one is slow). */
const COUNTRY_SAMPLE = 300;

/** The countries of the numbers in play, most common first: national numbers are read in these. */
function countriesOf(phoneLists: Iterable<readonly string[]>): CountryCode[] {
  const counts = new Map<CountryCode, number>();
  let looked = 0;
  for (const phones of phoneLists)
    for (const phone of phones) {
      if (looked >= COUNTRY_SAMPLE) break;
      const country = countryOf(phone);
      if (!country) continue;
      looked++;
      counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c]) => c);
}

/**
 * Pure: which rows are new, which match an existing contact (on UID, email, a profile link that
 * names a person, phone plus name, then name plus company; or only possibly, on the name or the
 * phone alone), and which are skipped. A row matching a blocked contact is
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
  private readonly known = new MatchIndex<CrmContact>([...SURE, ...POSSIBLE]);
  private readonly blocked = new MatchIndex<CrmContact>(SURE);
  private readonly seen = new MatchIndex<{ line: number; keys: Keys }>(IN_FILE);
  private readonly knownKeys = new Map<string, Keys>();
  private readonly phoneKeysOf: (phone: string) => string[];
  private readonly rows: PlannedRow[] = [];
  private readonly skipped: ImportSkip[];

  constructor(prepared: PreparedImport, existing: readonly CrmContact[]) {
    this.phoneKeysOf = phoneKeyReader(
      countriesOf([...prepared.rows.map((r) => r.fields.phones), ...existing.map((c) => c.phones)]),
    );
    for (const contact of existing) {
      const keys = keysOf(contact, this.phoneKeysOf, contact.id);
      this.knownKeys.set(contact.id, keys);
      this.known.add(keys, contact);
      if (contact.blocked) this.blocked.add(keys, contact);
    }
    this.skipped = [...prepared.skipped];
  }

  add(row: ImportRow): void {
    const keys = keysOf(row.fields, this.phoneKeysOf);
    /** How far a match on `by` holds: sure, only possible, or not at all. */
    const judge = (contact: CrmContact, by: MatchBy) => {
      if (STRONG.has(by)) return { contact, by, sure: true };
      const t = trust(keys, this.knownKeys.get(contact.id)!, contact.id);
      if (t === 'distinct') return null;
      return { contact, by, sure: t === 'fine' && SURE.includes(by) };
    };
    // Blocked people are few: a match with any of them, sure, skips the row.
    if (this.blocked.first(keys, (c, by) => (judge(c, by)?.sure ? c : null))) {
      this.skipped.push({
        line: row.line,
        reason: 'This is someone you blocked: blocked people are never imported again.',
      });
      return;
    }
    // Within one file only keys that name one person count: LinkedIn has many "Ana Lima"s at
    // big companies.
    const earlier = this.seen.first(keys, (m, by) =>
      STRONG.has(by) || trust(keys, m.keys) === 'fine' ? m : null,
    );
    if (earlier) {
      this.skipped.push({ line: row.line, reason: `The same person as line ${earlier.line}.` });
      return;
    }
    this.seen.add(keys, { line: row.line, keys });
    // The strongest sure match; failing that, the strongest possible one.
    let possible: ReturnType<typeof judge> = null;
    const first =
      this.known.first(keys, (c, by) => {
        const judged = judge(c, by);
        if (judged?.sure) return judged;
        if (judged && !possible && !c.blocked) possible = judged;
        return null;
      }) ?? possible;
    if (!first) {
      this.rows.push({ ...row, match: null });
      return;
    }
    const { changes } = mergeRow(row, first.contact, first.contact.updatedAt);
    this.rows.push({
      ...row,
      match: {
        contact: first.contact,
        by: first.by,
        network:
          first.by === 'profile'
            ? networkOf(keys.profile, this.knownKeys.get(first.contact.id)!)
            : null,
        sure: first.sure,
        changes,
        // A possible match is ticked only when the card says nothing the contact does not: then
        // leaving it out would duplicate the person, and ticking it changes no one.
        ticked: first.sure || (!changes && saysNothingNew(row, first.contact)),
      },
    });
  }

  done(): ImportPlan {
    return { rows: this.rows, skipped: [...this.skipped].sort((a, b) => a.line - b.line) };
  }
}
