import type { BulkAction } from '../../shared/crm/bulk-action';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import type { Store } from '../store/open-store';

/** One action on many selected contacts at once, and the undo of a bulk delete. */
export class BulkEditService {
  constructor(private readonly deps: { store: Store; clock: Clock; bus: EventBus }) {}

  /** Applies `action` to the contacts with these ids; returns how many changed. Deletes can be undone. */
  async apply(ids: string[], action: BulkAction): Promise<{ count: number }> {
    const { store, clock, bus } = this.deps;
    const wanted = new Set(ids);
    const now = clock.now().toISOString();
    const count = await store.update((data) => {
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
    bus.emit('contacts.changed', { ids });
    return { count };
  }

  /** Undo of a bulk delete: the contacts with these ids come back from the trash. */
  async undoDelete(ids: string[]): Promise<{ count: number }> {
    const wanted = new Set(ids);
    const count = await this.deps.store.update((data) => {
      const back = data.trash.filter((t) => wanted.has(t.contact.id));
      data.trash = data.trash.filter((t) => !wanted.has(t.contact.id));
      data.contacts.push(...back.map((t) => t.contact));
      return back.length;
    });
    this.deps.bus.emit('contacts.changed', { ids });
    return { count };
  }
}
