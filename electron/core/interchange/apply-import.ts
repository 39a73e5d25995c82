import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import type { ImportLogEntry, MatchChoice } from '../../shared/interchange/import';
import { mergeContacts } from '../contacts/merge-contacts';
import type { Data } from '../store/data-schema';
import type { ImportPlan, PlannedRow } from './import-plan';

export interface ApplyOptions {
  choiceFor: (row: PlannedRow) => MatchChoice;
  newId: () => string;
  now: string;
  log: Omit<ImportLogEntry, 'createdContactIds' | 'createdInteractionIds' | 'mergedBefore'>;
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
  };
  let merged = 0;
  let skipped = 0;
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
      if (!replaced.has(current.id)) entry.mergedBefore.push(row.match.contact);
      // An import adds facts; it never un-archives anyone (a merge keeps "archived" only if both are).
      const incoming: CrmContact = {
        ...row.fields,
        archived: current.archived,
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: now,
      };
      replaced.set(current.id, mergeContacts(current, incoming, {}, now));
      merged++;
      continue;
    }
    const contact: CrmContact = { ...row.fields, id: newId(), createdAt: now, updatedAt: now };
    created.push(contact);
    entry.createdContactIds.push(contact.id);
  }
  if (replaced.size > 0) data.contacts = data.contacts.map((c) => replaced.get(c.id) ?? c);
  // Frozen, immer knows there is no draft inside and does not walk 30,000 new records.
  data.contacts.push(...created.map((c) => Object.freeze(c)));
  data.imports = [...data.imports, entry].slice(-KEEP_IMPORTS);
  // No interactions: LinkedIn's "Connected On" is kept on the contact (`connections`), since
  // connecting is not a conversation. The count stays for older callers of the contract.
  return { created: created.length, merged, skipped, interactions: 0 };
}

/**
 * Reverts one import: removes the contacts it created (with anything recorded about them since)
 * and the interactions it added, and puts merged contacts back as they were. Mutates the draft.
 */
export function revertImport(data: Data, entry: ImportLogEntry) {
  const createdIds = new Set(entry.createdContactIds);
  const interactionIds = new Set(entry.createdInteractionIds);
  const before = new Map(entry.mergedBefore.map((c) => [c.id, c]));
  const removed = data.contacts.filter((c) => createdIds.has(c.id)).length;
  data.contacts = data.contacts
    .filter((c) => !createdIds.has(c.id))
    .map((c) => before.get(c.id) ?? c);
  data.interactions = data.interactions.filter(
    (i) => !interactionIds.has(i.id) && !createdIds.has(i.contactId),
  );
  // Anything noted about the created people since goes with them.
  data.commitments = data.commitments.filter((c) => !createdIds.has(c.contactId));
  data.followUps = data.followUps.filter((f) => !createdIds.has(f.contactId));
  data.snoozes = data.snoozes.filter((s) => !createdIds.has(s.contactId));
  data.imports = data.imports.filter((i) => i.id !== entry.id);
  const present = new Set(data.contacts.map((c) => c.id));
  return { removed, restored: [...before.keys()].filter((id) => present.has(id)).length };
}
