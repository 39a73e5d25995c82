import type { CrmContact as Contact } from '../../shared/crm/contact-crm-fields';
import { updateOnce, type CreateRequest } from '../store/recent-requests';
import {
  CrmContactDraftSchema,
  type CrmContactFields as ContactFields,
} from '../../shared/crm/crm-contact';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import { issuesOf } from '../dispatch';
import { UserError } from '../errors';
import type { Store } from '../store/open-store';
import type { Data } from '../store/data-schema';
import { current, original } from 'immer';
import { shownBy, visibleContacts, type ContactFilter } from '../crm/safety/block-rules';
import { searchContacts, searchPage } from './contact-search';
import { joinHistories, mergeContacts, type MergeChoices } from './merge-contacts';
import type { BulkAction } from '../../shared/crm/bulk-action';
import type { ContactPage } from '../../shared/contact-page';
import { countsOf } from './contact-counts';
import { contactsById } from './contacts-by-id';
import { activeTags } from './active-tags';
import { createSearchEntries } from './search-entries';
import type { SearchEntries, SearchEntriesRequest } from '../../shared/search/search-entry';
import { touchedByMerge, undoMerge, type MergeUndo } from './merge-undo';
import { partsAfterRename } from '../../shared/names/name-parts';

/** Deleted contacts stay restorable this long. */
export const TRASH_DAYS = 30;

const dedupe = (values: string[]): string[] => [
  ...new Map(values.map((v) => [v.toLowerCase(), v])).values(),
];

function clean(fields: ContactFields): ContactFields {
  return {
    ...fields,
    emails: dedupe(fields.emails),
    phones: dedupe(fields.phones),
    links: dedupe(fields.links),
    tags: dedupe(fields.tags),
  };
}

const notFound = () =>
  new UserError(
    'not_found',
    'That contact no longer exists. It may have been deleted in another window.',
  );

/** Contacts: create, read, edit, delete with undo, search. Input is already validated by the contract. */
export class ContactsService {
  private readonly searchEntriesOf = createSearchEntries();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly newId: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  /** One slice of a search, in the lean shape a list row needs, with every filter's count. */
  page(request: {
    query: string;
    filter: ContactFilter;
    offset: number;
    limit: number;
  }): ContactPage {
    const all = this.store.read().contacts;
    const { matches, rows } = searchPage(
      all,
      request.query,
      shownBy(request.filter),
      request.offset,
      request.limit,
    );
    return {
      matches,
      offset: request.offset,
      rows: rows.map(({ id, name, company, role, favourite, blocked }) => ({
        id,
        name,
        company,
        role,
        favourite,
        ...(blocked ? { blockedOn: blocked.on } : {}),
      })),
      counts: countsOf(all),
    };
  }

  /**
   * Every id a search and filter shows: "select all" on a list of thousands. Search first (its
   * index is cached on the whole list), then keep what the filter shows.
   */
  matchIds(query: string, filter: ContactFilter): string[] {
    return visibleContacts(searchContacts(this.store.read().contacts, query), filter).map(
      (c) => c.id,
    );
  }

  /** The renderer's search copy: all of it, or what changed since the version it holds. */
  searchEntries(request: SearchEntriesRequest): SearchEntries {
    return this.searchEntriesOf(this.store.read().contacts, request);
  }

  /** The names of these contacts, whatever list they are in; ids no longer there are left out. */
  names(ids: readonly string[]): Record<string, string> {
    const byId = contactsById(this.store.read().contacts);
    const names: Record<string, string> = {};
    for (const id of ids) {
      const contact = byId.get(id);
      if (contact) names[id] = contact.name;
    }
    return names;
  }

  /** The tags on active contacts, each once: what the tag settings offer, without every contact. */
  tags(): string[] {
    return [...activeTags(this.store.read().contacts)];
  }

  get(id: string): Contact {
    const contact = contactsById(this.store.read().contacts).get(id);
    if (!contact) throw notFound();
    return contact;
  }

  async create(fields: ContactFields, request?: CreateRequest): Promise<Contact> {
    const now = this.clock.now().toISOString();
    const created: Contact = { ...clean(fields), id: this.newId(), createdAt: now, updatedAt: now };
    const contact = await updateOnce(this.store, request, (data) => {
      data.contacts.push(created);
      return created;
    });
    this.changed(contact.id);
    return contact;
  }

  /** Applies a patch: fields it leaves out keep their values. The result is validated whole. */
  async update(id: string, patch: Partial<ContactFields>): Promise<Contact> {
    const updated = await this.store.update((data) => {
      const index = data.contacts.findIndex((c) => c.id === id);
      const existing = data.contacts[index];
      if (!existing) throw notFound();
      const { id: _id, createdAt: _c, updatedAt: _u, ...current } = existing;
      const merged = CrmContactDraftSchema.safeParse({ ...current, ...patch });
      if (!merged.success) {
        const issues = issuesOf(merged.error).map((i) => ({ ...i, path: `draft.${i.path}` }));
        throw new UserError(
          'invalid_input',
          issues[0]?.message ?? 'The contact is not valid.',
          issues,
        );
      }
      // A rename the stored name parts no longer describe drops them (exports then split the
      // new name with care) unless the patch brings its own.
      const nameParts =
        patch.nameParts !== undefined
          ? merged.data.nameParts
          : partsAfterRename(merged.data.name, merged.data.nameParts);
      const next: Contact = {
        ...clean(merged.data),
        nameParts,
        id,
        createdAt: existing.createdAt,
        updatedAt: this.clock.now().toISOString(),
      };
      data.contacts[index] = next;
      return next;
    });
    this.changed(id);
    return updated;
  }

  async delete(id: string): Promise<{ id: string; name: string }> {
    const removed = await this.store.update((data) => {
      const index = data.contacts.findIndex((c) => c.id === id);
      const contact = data.contacts[index];
      if (!contact) throw notFound();
      data.contacts.splice(index, 1);
      data.trash = data.trash.filter((t) => t.contact.id !== id);
      data.trash.push({ contact, deletedAt: this.clock.now().toISOString() });
      return contact;
    });
    this.changed(id);
    return { id, name: removed.name };
  }

  async undoDelete(id: string): Promise<Contact> {
    const restored = await this.store.update((data) => {
      const entry = data.trash.find((t) => t.contact.id === id);
      if (!entry) {
        throw new UserError('not_found', 'That contact can no longer be restored.');
      }
      data.trash = data.trash.filter((t) => t.contact.id !== id);
      data.contacts.push(entry.contact);
      return entry.contact;
    });
    this.changed(id);
    return restored;
  }

  /** The last merges, by the id of the contact merged away, for Undo (this session only). */
  private readonly merges = new Map<string, MergeUndo>();

  /**
   * Two contacts that are the same person become one: picked fields from the chosen side, lists
   * and histories joined. The other contact goes to the trash; `undoMerge` puts both back.
   */
  async merge(keepId: string, otherId: string, choices: MergeChoices): Promise<Contact> {
    if (keepId === otherId)
      throw new UserError('invalid_input', 'Pick two different contacts to merge.');
    const undo = await this.store.update((data) => {
      const keep = data.contacts.find((c) => c.id === keepId);
      const other = data.contacts.find((c) => c.id === otherId);
      if (!keep || !other) throw notFound();
      const before = original(data) as Data;
      const result = mergeContacts(keep, other, choices, this.clock.now().toISOString());
      joinHistories(data, otherId, keepId);
      data.contacts = data.contacts
        .filter((c) => c.id !== otherId)
        .map((c) => (c.id === keepId ? result : c));
      data.trash.push({ contact: other, deletedAt: this.clock.now().toISOString() });
      return {
        keep: contactsById(before.contacts).get(keepId)!,
        other: contactsById(before.contacts).get(otherId)!,
        merged: result,
        before: touchedByMerge(before, current(data) as Data),
      };
    });
    this.merges.delete(otherId);
    this.merges.set(otherId, undo);
    // Only the latest few: Undo is offered right after a merge.
    if (this.merges.size > 10) this.merges.delete(this.merges.keys().next().value!);
    this.bus.emit('contacts.changed', { ids: [keepId, otherId] });
    this.bus.emit('crm.changed', { contactIds: [keepId] });
    return undo.merged;
  }

  /** Parts a merge again, if neither contact changed since: both records and their histories. */
  async undoMerge(otherId: string): Promise<{ keep: Contact; other: Contact }> {
    const undo = this.merges.get(otherId);
    if (!undo) throw new UserError('not_found', 'That merge can no longer be undone.');
    await this.store.update((data) => {
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
    this.bus.emit('contacts.changed', { ids: [undo.keep.id, otherId] });
    this.bus.emit('crm.changed', { contactIds: [undo.keep.id, otherId] });
    return { keep: undo.keep, other: undo.other };
  }

  /** One action on many contacts at once; returns how many changed. Deletes can be undone. */
  async bulk(ids: string[], action: BulkAction): Promise<{ count: number }> {
    const wanted = new Set(ids);
    const now = this.clock.now().toISOString();
    const count = await this.store.update((data) => {
      let changed = 0;
      if (action.kind === 'delete') {
        const removed = data.contacts.filter((c) => wanted.has(c.id));
        data.contacts = data.contacts.filter((c) => !wanted.has(c.id));
        data.trash = [
          ...data.trash.filter((t) => !wanted.has(t.contact.id)),
          ...removed.map((contact) => ({ contact, deletedAt: now })),
        ];
        return removed.length;
      }
      data.contacts = data.contacts.map((c) => {
        if (!wanted.has(c.id)) return c;
        changed++;
        const tagged = (tags: string[]) => ({ ...c, tags, updatedAt: now });
        switch (action.kind) {
          case 'add-tag':
            return c.tags.some((t) => t.toLowerCase() === action.tag.toLowerCase())
              ? c
              : tagged([...c.tags, action.tag]);
          case 'remove-tag':
            return tagged(c.tags.filter((t) => t.toLowerCase() !== action.tag.toLowerCase()));
          case 'set-cadence':
            return { ...c, keepInTouch: action.cadence, updatedAt: now };
          case 'archive':
            return { ...c, archived: true, updatedAt: now };
          case 'unarchive':
            return { ...c, archived: false, updatedAt: now };
        }
      });
      return changed;
    });
    this.bus.emit('contacts.changed', { ids });
    return { count };
  }

  /** Undo of a bulk delete. */
  async undoDeleteMany(ids: string[]): Promise<{ count: number }> {
    const wanted = new Set(ids);
    const count = await this.store.update((data) => {
      const back = data.trash.filter((t) => wanted.has(t.contact.id));
      data.trash = data.trash.filter((t) => !wanted.has(t.contact.id));
      data.contacts.push(...back.map((t) => t.contact));
      return back.length;
    });
    this.bus.emit('contacts.changed', { ids });
    return { count };
  }

  /** Drops trash entries older than TRASH_DAYS. Called at start-up. */
  async purgeTrash(): Promise<void> {
    const cutoff = this.clock.now().getTime() - TRASH_DAYS * 86_400_000;
    if (!this.store.read().trash.some((t) => Date.parse(t.deletedAt) < cutoff)) return;
    await this.store.update((data) => {
      data.trash = data.trash.filter((t) => Date.parse(t.deletedAt) >= cutoff);
    });
  }

  private changed(id: string): void {
    this.bus.emit('contacts.changed', { ids: [id] });
  }
}
