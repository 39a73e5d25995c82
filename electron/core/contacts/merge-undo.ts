import type { CrmContact as Contact } from '../../shared/crm/contact-crm-fields';
import type { Data } from '../store/data-schema';

/** The collections a merge re-points from the merged-away contact to the kept one. */
const HISTORY = [
  'interactions',
  'commitments',
  'followUps',
  'reportLog',
  'meetings',
  'introductions',
  'invitations',
  'snoozes',
] as const;
type History = (typeof HISTORY)[number];

/** Enough to put two merged contacts back as they were. */
export interface MergeUndo {
  /** The kept contact before the merge, and as the merge left it. */
  keep: Contact;
  merged: Contact;
  /** The contact merged away (now in the trash). */
  other: Contact;
  /** Per collection, the records the merge changed or removed, as they were before. */
  before: { [K in History]: Data[K] };
}

/**
 * The records of `before` that are not in `after`: the store's data is immutable (immer shares
 * every record a change did not touch), so those are exactly the ones the merge changed or removed.
 */
export function touchedByMerge(before: Data, after: Data): MergeUndo['before'] {
  const pick = <K extends History>(key: K): Data[K] => {
    const now = new Set<unknown>(after[key]);
    return before[key].filter((record) => !now.has(record)) as Data[K];
  };
  return Object.fromEntries(HISTORY.map((key) => [key, pick(key)])) as MergeUndo['before'];
}

/**
 * Puts the records back (mutates the draft): the kept contact as it was, the other out of the
 * trash, and every re-pointed or removed record as it was before the merge.
 */
export function undoMerge(data: Data, undo: MergeUndo): void {
  data.contacts = data.contacts.map((c) => (c.id === undo.keep.id ? undo.keep : c));
  data.contacts.push(undo.other);
  data.trash = data.trash.filter((t) => t.contact.id !== undo.other.id);
  for (const key of HISTORY) {
    const records = undo.before[key] as readonly { id?: string }[];
    if (records.length === 0) continue;
    // Snoozes have no id: the merge only ever removes them, so they are simply added back.
    const ids = new Set(records.map((r) => r.id).filter((id) => id !== undefined));
    const kept = (data[key] as readonly { id?: string }[]).filter(
      (r) => r.id === undefined || !ids.has(r.id),
    );
    (data[key] as unknown) = [...kept, ...records];
  }
}
