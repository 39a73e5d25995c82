import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import { formatLocalDate } from '../../schedule/zoned-time';
import type { Data } from '../../store/data-schema';
import { indexInteractions, interactionsOf } from '../interactions/interaction-index';
import { addCadence, describeCadence, effectiveCadence } from '../keep-in-touch/cadence';
import { reconnectList } from '../keep-in-touch/reconnect-list';
import { dayOf } from '../local-days';
import { relationshipStrength } from './relationship-strength';

/**
 * A contact's page: the timeline newest first, how strong the relationship is, when to be in
 * touch next (and why now, if overdue), and the open promises, follow-ups, meetings and
 * introductions that involve them.
 */
export function contactProfile(data: Data, contact: CrmContact, now: Date, tz: string) {
  const id = contact.id;
  const mine = interactionsOf(indexInteractions(data.interactions), id);
  const interactions = mine.items
    .map((interaction, k) => ({ interaction, at: mine.at[k]! }))
    .sort((a, b) => b.at - a.at)
    .map((x) => x.interaction);
  const cadence = effectiveCadence(contact, data.tagCadences);
  const last = interactions[0]?.at ?? contact.createdAt;
  const reconnect =
    reconnectList([contact], interactions, data.tagCadences, [], now, tz)[0] ?? null;
  return {
    contact,
    strength: relationshipStrength(
      contact,
      { interactions, invitations: data.invitations, events: data.events },
      now,
      tz,
    ),
    keepInTouch: cadence
      ? {
          cadence: describeCadence(cadence.cadence),
          fromTag: cadence.fromTag,
          nextDueOn: formatLocalDate(addCadence(dayOf(last, tz), cadence.cadence)),
          overdue: reconnect?.reason ?? null,
        }
      : null,
    interactions,
    commitments: data.commitments.filter((c) => c.contactId === id),
    followUps: data.followUps.filter((f) => f.contactId === id && f.doneAt === null),
    meetings: data.meetings.filter((m) => m.contactIds.includes(id)),
    introductions: data.introductions.filter((i) => i.fromContactId === id || i.toContactId === id),
  };
}
