import type { ContactDraft } from '../../../shared/contact';
import type { ContactCrmFields, CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { InteractionDraft } from '../../../shared/crm/interaction';
import type { NetworkEvent } from '../../../shared/crm/networking-event';
import { fold } from '../../../shared/text';
import { dayOf, formatLocalDate } from '../local-days';

export interface MetAtEvent {
  /** New contacts to create: met in person at the event. */
  create: Array<ContactDraft & Pick<ContactCrmFields, 'metInPerson'>>;
  /** Names that are already contacts: log an 'event' interaction for them instead. */
  known: CrmContact[];
  /**
   * Names of blocked people: not created. The UI asks "is this the same person?" (a name alone
   * may be a namesake; creating them anyway is the user's explicit choice).
   */
  matchesBlocked: string[];
}

/**
 * "Who did you meet?" after an event: one name per line (or an array), blank lines and repeats
 * ignored. Names that are already contacts (same name ignoring case and accents) are returned as
 * known rather than duplicated; a blocked person's name is set aside for the user to confirm.
 */
export function whoDidYouMeet(
  event: NetworkEvent,
  names: string | readonly string[],
  contacts: readonly CrmContact[],
  tz: string,
): MetAtEvent {
  const list = (typeof names === 'string' ? names.split(/\r?\n|,/) : names)
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  const on = formatLocalDate(dayOf(event.start, tz));
  const seen = new Set<string>();
  const result: MetAtEvent = { create: [], known: [], matchesBlocked: [] };
  for (const name of list) {
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (contacts.some((c) => c.blocked && fold(c.name) === key)) {
      result.matchesBlocked.push(name);
      continue;
    }
    const existing = contacts.find((c) => !c.blocked && fold(c.name) === key);
    if (existing) {
      result.known.push(existing);
      continue;
    }
    result.create.push({
      name: name.slice(0, 200),
      howWeMet: `Met at ${event.name}`.slice(0, 2000),
      metInPerson: { met: true, on, atEventId: event.id },
    });
  }
  return result;
}

/** The interaction logged for each person met at an event (new or known). */
export function metAtEventInteraction(event: NetworkEvent, contactId: string): InteractionDraft {
  return {
    contactId,
    kind: 'event',
    at: event.start,
    direction: 'outbound',
    channel: event.kind === 'webinar' ? 'video' : 'in-person',
    note: `Met at ${event.name}`,
    meetingId: null,
    introductionId: null,
    eventId: event.id,
  };
}

/**
 * A contact for someone new met at the event: the CRM fields at their defaults, in the event's
 * city, with what `whoDidYouMeet` planned for them (name, how we met, met in person).
 */
export function contactMetAt(
  event: NetworkEvent,
  draft: MetAtEvent['create'][number],
  id: string,
  now: string,
): CrmContact {
  return {
    company: '',
    role: '',
    emails: [],
    phones: [],
    links: [],
    tags: [],
    howWeMet: `Met at ${event.name}`,
    notes: '',
    platforms: [],
    keepInTouch: null,
    customFields: [],
    favourite: false,
    archived: false,
    blocked: null,
    city: event.city,
    externalIds: [],
    nameParts: null,
    connections: [],
    otherAffiliations: [],
    ...draft,
    id,
    createdAt: now,
    updatedAt: now,
  };
}
