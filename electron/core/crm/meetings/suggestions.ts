import type { CoffeeSuggestion } from '../../../shared/crm/crm-views';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { Interaction } from '../../../shared/crm/interaction';
import type { Meeting } from '../../../shared/crm/meeting';
import type { NetworkEvent } from '../../../shared/crm/networking-event';
import { fold } from '../../../shared/text';
import { isHidden } from '../safety/block-rules';
import { isActiveMeeting } from './find-clashes';
import { indexInteractions } from '../interactions/interaction-index';
import { DAY_MS, dayOf, plural, shortDate } from '../local-days';

/**
 * Thresholds: three online interactions in the last year is a pattern (one is a hello, two can be
 * a thread); events up to 60 days ahead are near enough to plan a coffee around.
 */
export const SUGGESTION_RULES = {
  minOnlineInteractions: 3,
  onlineWithinDays: 365,
  eventWithinDays: 60,
} as const;

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/**
 * A short, warm invitation to meet: no pitch, no agenda, easy to decline. With an event, it
 * mentions being in their city for it.
 */
export function coffeeMessageDraft(
  contact: Pick<CrmContact, 'name'>,
  context: { event: NetworkEvent; tz: string } | null = null,
): string {
  const hi = `Hi ${firstName(contact.name)},`;
  if (context) {
    const { event, tz } = context;
    const where = event.city ? ` in ${event.city}` : '';
    return `${hi} I'll be${where} for ${event.name} around ${shortDate(dayOf(event.start, tz))}. If you're around, would you like to grab a coffee? No agenda, it would just be lovely to meet in person. And no worries at all if the timing doesn't work!`;
  }
  return `${hi} I've really enjoyed our conversations online. Would you like to meet for a coffee some time? No agenda, just nice to put a face to the name. Happy to fit around you, and no worries if now's not a good time!`;
}

/**
 * Contacts with several online interactions in the last year and no in-person contact (never met,
 * no in-person interaction, no meeting done or planned): suggested for a coffee. Most-talked-to
 * first.
 */
export function inPersonSuggestions(
  contacts: readonly CrmContact[],
  interactions: readonly Interaction[],
  meetings: readonly Meeting[],
  now: Date,
): CoffeeSuggestion[] {
  const since = now.getTime() - SUGGESTION_RULES.onlineWithinDays * DAY_MS;
  // Met or planned: met in person, an in-person interaction, a meeting done or still planned.
  const index = indexInteractions(interactions);
  const metOrPlanned = new Set(index.metInPerson);
  for (const m of meetings) {
    if (isActiveMeeting(m) || m.status === 'done')
      m.contactIds.forEach((id) => metOrPlanned.add(id));
  }
  const online = new Map<string, number>();
  for (const [contactId, { items, at }] of index.byContact) {
    let count = 0;
    items.forEach((i, k) => {
      if (i.channel !== 'in-person' && at[k]! >= since && at[k]! <= now.getTime()) count++;
    });
    if (count > 0) online.set(contactId, count);
  }
  return contacts
    .filter((c) => !isHidden(c))
    .filter((c) => (online.get(c.id) ?? 0) >= SUGGESTION_RULES.minOnlineInteractions)
    .filter((c) => !c.metInPerson.met && !metOrPlanned.has(c.id))
    .map((contact) => ({
      contact,
      reason: `${plural(online.get(contact.id)!, 'online conversation')} this past year; you haven't met in person yet`,
      draft: coffeeMessageDraft(contact),
      event: null,
    }))
    .sort(
      (a, b) =>
        (online.get(b.contact.id) ?? 0) - (online.get(a.contact.id) ?? 0) ||
        a.contact.name.localeCompare(b.contact.name),
    );
}

/**
 * People who live in the city of an upcoming in-person event the user is going to (or may go
 * to), in the next 60 days: a chance for a coffee while there. Cities match ignoring case, accents
 * and punctuation ("São Paulo" = "sao paulo").
 */
export function eventCitySuggestions(
  contacts: readonly CrmContact[],
  events: readonly NetworkEvent[],
  now: Date,
  tz: string,
): CoffeeSuggestion[] {
  const key = (city: string) =>
    fold(city)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const nowMs = now.getTime();
  const horizon = nowMs + SUGGESTION_RULES.eventWithinDays * DAY_MS;
  const upcoming = events
    .filter((e) => e.myStatus !== 'not-going' && e.kind !== 'webinar' && key(e.city) !== '')
    .filter((e) => Date.parse(e.start) > nowMs && Date.parse(e.start) <= horizon)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const out: CoffeeSuggestion[] = [];
  for (const event of upcoming) {
    for (const contact of contacts) {
      if (isHidden(contact) || key(contact.city) !== key(event.city)) continue;
      out.push({
        contact,
        reason: `${firstName(contact.name)} is in ${contact.city}, where ${event.name} is on ${shortDate(dayOf(event.start, tz))}`,
        draft: coffeeMessageDraft(contact, { event, tz }),
        event,
      });
    }
  }
  return out;
}

export type { CoffeeSuggestion };
