import { current, original } from 'immer';
import type { CrmContact as Contact } from '../../shared/crm/contact-crm-fields';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import type { Data } from '../store/data-schema';
import type { Store } from '../store/open-store';
import { contactNotFound } from './contact-errors';
import { contactsById } from './contacts-by-id';
import { joinHistories, mergeContacts, type MergeChoices } from './merge-contacts';
import { touchedByMerge, undoMerge, type MergeUndo } from './merge-undo';

/** How many recent merges can be undone: Undo is offered right after a merge. */
const UNDOABLE_MERGES = 10;

/** Merging two contacts that are the same person, and the Undo of the last few merges. */
export class MergeService {
  /** The last merges, by the id of the contact merged away (this session only). */
  private readonly merges = new Map<string, MergeUndo>();

  constructor(private readonly deps: { store: Store; clock: Clock; bus: EventBus }) {}

  /**
   * Two contacts that are the same person become one: picked fields from the chosen side, lists
   * and histories joined. The other contact goes to the trash; `undo` puts both back.
   */
  async merge(keepId: string, otherId: string, choices: MergeChoices): Promise<Contact> {
    const { store, clock, bus } = this.deps;
    if (keepId === otherId)
      throw new UserError('invalid_input', 'Pick two different contacts to merge.');
    const undo = await store.update((data) => {
      const keep = data.contacts.find((c) => c.id === keepId);
      const other = data.contacts.find((c) => c.id === otherId);
      if (!keep || !other) throw contactNotFound();
      const before = original(data) as Data;
      const result = mergeContacts(keep, other, choices, clock.now().toISOString());
      joinHistories(data, otherId, keepId);
      data.contacts = data.contacts
        .filter((c) => c.id !== otherId)
        .map((c) => (c.id === keepId ? result : c));
      data.trash.push({ contact: other, deletedAt: clock.now().toISOString() });
      return {
        keep: contactsById(before.contacts).get(keepId)!,
        other: contactsById(before.contacts).get(otherId)!,
        merged: result,
        before: touchedByMerge(before, current(data) as Data),
      };
    });
    this.merges.delete(otherId);
    this.merges.set(otherId, undo);
    if (this.merges.size > UNDOABLE_MERGES) this.merges.delete(this.merges.keys().next().value!);
    bus.emit('contacts.changed', { ids: [keepId, otherId] });
    bus.emit('crm.changed', { contactIds: [keepId] });
    return undo.merged;
  }

  /** Parts a merge again, if neither contact changed since: both records and their histories. */
  async undo(otherId: string): Promise<{ keep: Contact; other: Contact }> {
    const { store, bus } = this.deps;
    const undo = this.merges.get(otherId);
    if (!undo) throw new UserError('not_found', 'That merge can no longer be undone.');
    await store.update((data) => {
      const now = data.contacts.find((c) => c.id === undo.keep.id);
      if (!now || now.updatedAt !== undo.merged.updatedAt) {
        throw new UserError(
          'conflict',
          `${undo.merged.name} was changed after the merge, so it can no longer be undone. ${undo.other.name} is still in the trash.`,
        );
      }
      if (!data.trash.some((t) => t.contact.id === otherId)) {
        throw new UserError('not_found', `${undo.other.name} is no longer in the trash.`);
      }
      undoMerge(data, undo);
    });
    this.merges.delete(otherId);
    bus.emit('contacts.changed', { ids: [undo.keep.id, otherId] });
    bus.emit('crm.changed', { contactIds: [undo.keep.id, otherId] });
    return { keep: undo.keep, other: undo.other };
  }
}
