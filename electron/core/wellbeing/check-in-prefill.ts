import type { Wins } from '../../shared/wellbeing';
import type { Data } from '../store/data-schema';

type CrmRecords = Pick<Data, 'contacts' | 'interactions' | 'meetings'>;

/** Interactions that are me reaching out (not a meeting or an event, which have their own count). */
const SENT_KINDS = new Set(['message', 'call', 'introduction', 'favour']);

/**
 * Pure: the quick wins the CRM logged between `start` and `end` (ISO instants, both inclusive):
 * contacts added, messages and calls I sent, meetings booked (not cancelled).
 */
export function prefillWins(data: CrmRecords, start: string, end: string): Wins {
  const inside = (at: string) => at >= start && at <= end;
  return {
    newContacts: data.contacts.filter((c) => inside(c.createdAt)).length,
    followUpsSent: data.interactions.filter(
      (i) => i.direction === 'outbound' && SENT_KINDS.has(i.kind) && inside(i.at),
    ).length,
    meetingsBooked: data.meetings.filter((m) => m.status !== 'cancelled' && inside(m.createdAt))
      .length,
  };
}
