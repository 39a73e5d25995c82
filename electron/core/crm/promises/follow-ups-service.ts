import type { FollowUp } from '../../../shared/crm/follow-up';
import { updateOnce, type CreateRequest } from '../../store/recent-requests';
import { contactIn, crmChanged, notFound, type CrmDeps } from '../crm-records';
import { dueFollowUps } from './follow-ups';

/** Reminders to get back to someone on a day: add, mark done, and the ones due now. */
export class FollowUpsService {
  constructor(
    private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus' | 'timeZone' | 'newId'>,
  ) {}

  async add(
    input: { contactId: string; dueOn: string; text: string },
    request?: CreateRequest,
  ): Promise<FollowUp> {
    const { store, clock, bus, newId } = this.deps;
    contactIn(store.read(), input.contactId);
    const followUp: FollowUp = {
      ...input,
      id: newId(),
      doneAt: null,
      createdAt: clock.now().toISOString(),
    };
    const stored = await updateOnce(store, request, (d) => {
      d.followUps.push(followUp);
      return followUp;
    });
    crmChanged(bus, [input.contactId]);
    return stored;
  }

  async finish(id: string): Promise<FollowUp> {
    const { store, clock, bus } = this.deps;
    const next = await store.update((d) => {
      const index = d.followUps.findIndex((f) => f.id === id);
      const existing = d.followUps[index];
      if (!existing) throw notFound('follow-up');
      const updated = { ...existing, doneAt: clock.now().toISOString() };
      d.followUps[index] = updated;
      return updated;
    });
    crmChanged(bus, [next.contactId]);
    return next;
  }

  /** Follow-ups due now, as items for the networking window's digest. */
  dueReminders(): Array<{ key: string; text: string }> {
    const { store, clock, timeZone } = this.deps;
    const d = store.read();
    return dueFollowUps(d.followUps, d.contacts, clock.now(), timeZone()).map(({ key, text }) => ({
      key,
      text,
    }));
  }
}
