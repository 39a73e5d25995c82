import type { Contact, ContactFields } from '../../shared/contact';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import { UserError } from '../errors';
import type { Store } from '../store/open-store';
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

  list(query?: string): Contact[] {
    return searchContacts(this.store.read().contacts, query);
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

  async update(id: string, fields: ContactFields): Promise<Contact> {
    const updated = await this.store.update((data) => {
      const index = data.contacts.findIndex((c) => c.id === id);
      const existing = data.contacts[index];
      if (!existing) throw notFound();
      const next: Contact = {
        ...clean(fields),
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
