import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import { crmChanged, notFound, type CrmDeps } from '../crm-records';

/** What the user marks on a contact: favourite, archived, blocked (with the reason and day). */
export class ContactFlagsService {
  constructor(private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus'>) {}

  setFlags(id: string, flags: { favourite?: boolean; archived?: boolean }): Promise<CrmContact> {
    return this.patch(id, (c) => ({ ...c, ...flags }));
  }

  block(id: string, reason: string): Promise<CrmContact> {
    return this.patch(id, (c) => ({
      ...c,
      blocked: { on: this.deps.clock.now().toISOString(), reason },
    }));
  }

  unblock(id: string): Promise<CrmContact> {
    return this.patch(id, (c) => ({ ...c, blocked: null }));
  }

  private async patch(id: string, change: (c: CrmContact) => CrmContact): Promise<CrmContact> {
    const { store, clock, bus } = this.deps;
    const next = await store.update((d) => {
      const index = d.contacts.findIndex((c) => c.id === id);
      const existing = d.contacts[index];
      if (!existing) throw notFound('contact');
      const updated = { ...change(existing), updatedAt: clock.now().toISOString() };
      d.contacts[index] = updated;
      return updated;
    });
    // Lists show the flags; the CRM pages hide or show the person by them.
    bus.emit('contacts.changed', { ids: [id] });
    crmChanged(bus, [id]);
    return next;
  }
}
