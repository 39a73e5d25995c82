import type { Cadence } from '../../../shared/crm/contact-crm-fields';
import type { Interaction } from '../../../shared/crm/interaction';
import type { TagCadence } from '../../../shared/crm/keep-in-touch';
import type { CreateRequest } from '../../store/recent-requests';
import { contactIn, crmChanged, type CrmDeps } from '../crm-records';
import type { InteractionsService } from '../interactions/interactions-service';
import { reconnectDone, reconnectList, snoozeFor, type ReconnectItem } from './reconnect-list';

/** Keeping in touch: who is due for a word, "not now", "done", and the cadence each tag implies. */
export class ReconnectService {
  constructor(
    private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus' | 'timeZone'> & {
      /** "Done" is logged as an interaction, which also ends a snooze. */
      interactions: InteractionsService;
    },
  ) {}

  /** Everyone due, most pressing first. */
  due(): readonly ReconnectItem[] {
    const d = this.deps.store.read();
    return reconnectList(
      d.contacts,
      d.interactions,
      d.tagCadences,
      d.snoozes,
      this.deps.clock.now(),
      this.deps.timeZone(),
    );
  }

  /** The first `limit` of them, and how many there are in all (Today shows a few, then "N more"). */
  page(limit: number): { items: ReconnectItem[]; total: number } {
    const all = this.due();
    return { items: all.slice(0, limit), total: all.length };
  }

  async snooze(contactId: string, days: number): Promise<void> {
    const { store, clock, bus, timeZone } = this.deps;
    contactIn(store.read(), contactId);
    const snooze = snoozeFor(contactId, days, clock.now(), timeZone());
    await store.update((d) => {
      d.snoozes = [...d.snoozes.filter((s) => s.contactId !== contactId), snooze];
    });
    crmChanged(bus, [contactId]);
  }

  done(contactId: string, note: string, request?: CreateRequest): Promise<Interaction> {
    return this.deps.interactions.log(
      reconnectDone(contactId, this.deps.clock.now(), { note }),
      request,
    );
  }

  tagCadences(): TagCadence[] {
    return this.deps.store.read().tagCadences;
  }

  /** A tag's cadence (matched without case), or none for `null`. */
  async setTagCadence(tag: string, cadence: Cadence | null): Promise<void> {
    await this.deps.store.update((d) => {
      d.tagCadences = d.tagCadences.filter((t) => t.tag.toLowerCase() !== tag.toLowerCase());
      if (cadence) d.tagCadences.push({ tag, cadence });
    });
    crmChanged(this.deps.bus, []);
  }
}
