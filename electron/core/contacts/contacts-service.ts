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
import { shownBy, visibleContacts, type ContactFilter } from '../crm/safety/block-rules';
import { searchContacts, searchPage } from './contact-search';
import type { ContactPage } from '../../shared/contact-page';
import { countsOf } from './contact-counts';
import { contactNotFound } from './contact-errors';
import { contactsById } from './contacts-by-id';
import { activeTags } from './active-tags';
import { createSearchEntries } from './search-entries';
import type { SearchEntries, SearchEntriesRequest } from '../../shared/search/search-entry';
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

/**
 * Contacts: create, read, edit, delete with undo, search. Merging and bulk edits are beside it
 * (merge-service.ts, bulk-edit-service.ts). Input is already validated by the contract.
 */
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

  /**
   * Builds the name-sorted search index of the active list ahead of the first question: at 30,000
   * contacts it takes most of a second, which the first page opened would otherwise wait for.
   */
  prepare(): void {
    this.page({ query: '', filter: 'active', offset: 0, limit: 1 });
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
    if (!contact) throw contactNotFound();
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
      if (!existing) throw contactNotFound();
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
      if (!contact) throw contactNotFound();
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
