import type { CrmContact as Contact } from '../../shared/crm/contact-crm-fields';
import {
  CrmContactDraftSchema,
  type CrmContactFields as ContactFields,
} from '../../shared/crm/crm-contact';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import { issuesOf } from '../dispatch';
import { UserError } from '../errors';
import type { Store } from '../store/open-store';
import { visibleContacts, type ContactFilter } from '../crm/block-rules';
import { searchContacts } from './contact-search';

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
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly newId: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  /** Search first (its index is cached on the whole list), then keep what the filter shows. */
  list(query?: string, filter: ContactFilter = 'active'): Contact[] {
    return visibleContacts(searchContacts(this.store.read().contacts, query), filter);
  }

  get(id: string): Contact {
    const contact = this.store.read().contacts.find((c) => c.id === id);
    if (!contact) throw notFound();
    return contact;
  }

  async create(fields: ContactFields): Promise<Contact> {
    const now = this.clock.now().toISOString();
    const contact: Contact = { ...clean(fields), id: this.newId(), createdAt: now, updatedAt: now };
    await this.store.update((data) => {
      data.contacts.push(contact);
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
      const next: Contact = {
        ...clean(merged.data),
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
      data.trash = data.trash.filter((t) => t !== entry);
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
