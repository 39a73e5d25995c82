import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import type { ImportLogEntry, MatchChoice } from '../../shared/interchange/import';
import type { Data } from '../store/data-schema';
import { fingerprint } from './fingerprint';
import { mergeRow, type ImportPlan, type PlannedRow } from './import-plan';

export interface ApplyOptions {
  choiceFor: (row: PlannedRow) => MatchChoice;
  newId: () => string;
  now: string;
  log: Omit<
    ImportLogEntry,
    'createdContactIds' | 'createdInteractionIds' | 'mergedBefore' | 'createdAfter' | 'mergedAfter'
  >;
}

/** How many imports "Undo import" can still revert; older entries are dropped. */
export const KEEP_IMPORTS = 10;

/**
 * Applies a plan to the data (an immer draft inside one store update, so all of it lands or none
 * does) and logs what it did for "Undo import". Returns the counts.
 */
export function applyImport(data: Data, plan: ImportPlan, options: ApplyOptions) {
  const { now, newId } = options;
  const entry: ImportLogEntry = {
    ...options.log,
    createdContactIds: [],
    createdInteractionIds: [],
    mergedBefore: [],
    createdAfter: [],
    mergedAfter: [],
  };
  let skipped = 0;
  const unchanged = new Set<string>();
  const created: CrmContact[] = [];
  const replaced = new Map<string, CrmContact>();
  for (const row of plan.rows) {
    const choice = row.match ? options.choiceFor(row) : 'keep-both';
    if (choice === 'skip') {
      skipped++;
      continue;
    }
    if (choice === 'merge' && row.match) {
      const current = replaced.get(row.match.contact.id) ?? row.match.contact;
      const { merged: next, changes } = mergeRow(row, current, now);
      if (changes) {
        if (!replaced.has(current.id)) entry.mergedBefore.push(row.match.contact);
        replaced.set(current.id, next);
      } else if (!replaced.has(current.id)) unchanged.add(current.id);
      continue;
    }
    const contact: CrmContact = { ...row.fields, id: newId(), createdAt: now, updatedAt: now };
    created.push(contact);
    entry.createdContactIds.push(contact.id);
  }
  // Fingerprints in the order of the ids, not keyed by them: a 30,000-row import stays small.
  entry.createdAfter = created.map(fingerprint);
  entry.mergedAfter = entry.mergedBefore.map((c) => fingerprint(replaced.get(c.id)!));
  if (replaced.size > 0) data.contacts = data.contacts.map((c) => replaced.get(c.id) ?? c);
  // Frozen, immer knows there is no draft inside and does not walk 30,000 new records. Pushed in
  // slices: one push(...all) of 200,000 arguments overflows the stack (a 20 MB file).
  const frozen = created.map((c) => Object.freeze(c));
  for (let i = 0; i < frozen.length; i += 10_000)
    data.contacts.push(...frozen.slice(i, i + 10_000));
  // An import that changed nothing has nothing to undo, and no place in the history.
  const changed = created.length + replaced.size > 0;
  if (changed) data.imports = [...data.imports, entry].slice(-KEEP_IMPORTS);
  for (const id of replaced.keys()) unchanged.delete(id);
  // No interactions: LinkedIn's "Connected On" is kept on the contact (`connections`), since
  // connecting is not a conversation. The count stays for older callers of the contract.
  return {
    created: created.length,
    merged: replaced.size,
    unchanged: unchanged.size,
    skipped,
    interactions: 0,
  };
}

/** Whether the contact changed since the import recorded it (edited, merged, imported into). */
function changedSince(contact: CrmContact, recorded: string | undefined, at: string): boolean {
  return recorded === undefined ? contact.updatedAt !== at : recorded !== fingerprint(contact);
}

/**
 * Reverts one import: removes the contacts it created and the interactions it added, and puts
 * merged contacts back as they were. A contact changed since the import (edited, or with
 * something recorded about it: a note, a meeting, a commitment) is left exactly as it is, with
 * what the import added to it, and listed in `kept`. Mutates the draft.
 */
export function revertImport(data: Data, entry: ImportLogEntry) {
  const byId = new Map(data.contacts.map((c) => [c.id, c]));
  const importedInteractions = new Set(entry.createdInteractionIds);
  const recordedAbout = new Set<string>([
    ...data.interactions.filter((i) => !importedInteractions.has(i.id)).map((i) => i.contactId),
    ...data.commitments.map((c) => c.contactId),
    ...data.followUps.map((f) => f.contactId),
    ...data.meetings.flatMap((m) => m.contactIds),
    ...data.introductions.flatMap((i) => [i.fromContactId, i.toContactId]),
    ...data.invitations.map((i) => i.contactId),
  ]);
  const kept: { id: string; name: string }[] = [];
  const keep = (contact: CrmContact) => kept.push({ id: contact.id, name: contact.name });
  const createdIds = new Set<string>();
  entry.createdContactIds.forEach((id, i) => {
    const contact = byId.get(id);
    if (!contact) return;
    if (changedSince(contact, entry.createdAfter[i], entry.at) || recordedAbout.has(id))
      keep(contact);
    else createdIds.add(id);
  });
  const before = new Map<string, CrmContact>();
  entry.mergedBefore.forEach((old, i) => {
    const contact = byId.get(old.id);
    if (!contact) return;
    if (changedSince(contact, entry.mergedAfter[i], entry.at)) keep(contact);
    else before.set(old.id, old);
  });
  const keptIds = new Set(kept.map((k) => k.id));
  data.contacts = data.contacts
    .filter((c) => !createdIds.has(c.id))
    .map((c) => before.get(c.id) ?? c);
  data.interactions = data.interactions.filter(
    (i) => !(importedInteractions.has(i.id) && !keptIds.has(i.contactId)),
  );
  data.snoozes = data.snoozes.filter((s) => !createdIds.has(s.contactId));
  data.imports = data.imports.filter((i) => i.id !== entry.id);
  return { removed: createdIds.size, restored: before.size, kept };
}
