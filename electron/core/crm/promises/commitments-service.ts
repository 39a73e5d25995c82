import type { Commitment } from '../../../shared/crm/commitment';
import { updateOnce, type CreateRequest } from '../../store/recent-requests';
import { contactIn, crmChanged, notFound, type CrmDeps } from '../crm-records';
import { keepCommitment, keptOnTimeRate } from './commitments';

/** Promises made to someone: add, settle (kept, missed, open again), delete, and the kept-on-time rate. */
export class CommitmentsService {
  constructor(
    private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus' | 'timeZone' | 'newId'>,
  ) {}

  async add(
    input: { contactId: string; what: string; dueOn: string },
    request?: CreateRequest,
  ): Promise<Commitment> {
    const { store, clock, bus, newId } = this.deps;
    contactIn(store.read(), input.contactId);
    const commitment: Commitment = {
      ...input,
      id: newId(),
      status: 'open',
      keptOn: null,
      createdAt: clock.now().toISOString(),
    };
    const stored = await updateOnce(store, request, (d) => {
      d.commitments.push(commitment);
      return commitment;
    });
    crmChanged(bus, [input.contactId]);
    return stored;
  }

  async settle(id: string, outcome: 'kept' | 'missed' | 'open'): Promise<Commitment> {
    const { store, clock, bus, timeZone } = this.deps;
    const next = await store.update((d) => {
      const index = d.commitments.findIndex((c) => c.id === id);
      const existing = d.commitments[index];
      if (!existing) throw notFound('commitment');
      const updated: Commitment =
        outcome === 'kept'
          ? keepCommitment(existing, clock.now(), timeZone())
          : { ...existing, status: outcome, keptOn: null };
      d.commitments[index] = updated;
      return updated;
    });
    crmChanged(bus, [next.contactId]);
    return next;
  }

  async delete(id: string): Promise<Commitment> {
    const removed = await this.deps.store.update((d) => {
      const found = d.commitments.find((c) => c.id === id);
      if (!found) throw notFound('commitment');
      d.commitments = d.commitments.filter((c) => c.id !== id);
      return found;
    });
    crmChanged(this.deps.bus, [removed.contactId]);
    return removed;
  }

  stats() {
    const { store, clock, timeZone } = this.deps;
    return keptOnTimeRate(store.read().commitments, clock.now(), timeZone());
  }
}
