import type { StrengthLevel, RelationshipStrength } from '../../../shared/crm/crm-views';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { Interaction } from '../../../shared/crm/interaction';
import type { Invitation, NetworkEvent } from '../../../shared/crm/networking-event';
import { dayOf, daysAgoText, monthName, parseLocalDate, plural } from '../local-days';

/** Rank for sorting: stronger ties first. */
export const STRENGTH_RANK: Record<StrengthLevel, number> = {
  strong: 3,
  steady: 2,
  fading: 1,
  new: 0,
};

/** The windows and thresholds behind the levels (docs/crm-model.md explains each). */
export const STRENGTH_RULES = {
  recentDays: 90,
  newContactDays: 60,
  strongWithinDays: 30,
  strongRecentCount: 3,
  strongRecentCountInPerson: 2,
  inPersonCountsForDays: 180,
  steadyWithinDays: 90,
} as const;

export interface StrengthInput {
  interactions: readonly Interaction[];
  /** Optional: accepted invitations to past in-person events count as meeting in person. */
  invitations?: readonly Invitation[];
  events?: readonly NetworkEvent[];
}

/**
 * How strong a tie is, from recency, frequency and in-person contact: a level and the reasons,
 * never a bare score. Only positive signals are counted, so a declined invitation (or anything
 * else that is not an interaction) can never lower it.
 */
export function relationshipStrength(
  contact: CrmContact,
  input: StrengthInput,
  now: Date,
  tz: string,
): RelationshipStrength {
  const R = STRENGTH_RULES;
  const today = dayOf(now, tz);
  const nowMs = now.getTime();
  const days = input.interactions
    .filter((i) => i.contactId === contact.id && Date.parse(i.at) <= nowMs)
    .map((i) => ({ day: dayOf(i.at, tz), inPerson: i.channel === 'in-person' }));

  const inPersonDays = days.filter((d) => d.inPerson).map((d) => d.day);
  if (contact.metInPerson.met && contact.metInPerson.on) {
    inPersonDays.push(parseLocalDate(contact.metInPerson.on));
  }
  const eventsById = new Map((input.events ?? []).map((e) => [e.id, e]));
  for (const inv of input.invitations ?? []) {
    if (inv.contactId !== contact.id || inv.status !== 'accepted') continue;
    const event = eventsById.get(inv.eventId);
    if (event && event.kind !== 'webinar' && Date.parse(event.start) <= nowMs) {
      inPersonDays.push(dayOf(event.start, tz));
    }
  }
  const lastInPersonDay = inPersonDays.length ? Math.max(...inPersonDays) : null;
  const lastDay = days.length ? Math.max(...days.map((d) => d.day)) : null;
  const daysSinceLast = lastDay === null ? null : today - lastDay;
  const recentCount = days.filter((d) => today - d.day < R.recentDays).length;
  const recentInPerson =
    lastInPersonDay !== null && today - lastInPersonDay < R.inPersonCountsForDays;

  const reasons: string[] = [];
  reasons.push(
    recentCount === 0
      ? `no conversations in the last ${R.recentDays} days`
      : `${plural(recentCount, 'conversation')} in the last ${R.recentDays} days`,
  );
  if (daysSinceLast !== null) reasons.push(`last spoke ${daysAgoText(daysSinceLast)}`);
  else reasons.push('no conversation logged yet');
  if (lastInPersonDay !== null)
    reasons.push(`met in person in ${monthName(lastInPersonDay, today)}`);
  else if (contact.metInPerson.met) reasons.push('met in person');

  const addedDaysAgo = today - dayOf(contact.createdAt, tz);
  let level: StrengthLevel;
  if (days.length < 2 && addedDaysAgo < R.newContactDays && !recentInPerson) {
    level = 'new';
    reasons.unshift(`added ${daysAgoText(addedDaysAgo)}`);
  } else if (
    daysSinceLast !== null &&
    daysSinceLast <= R.strongWithinDays &&
    (recentCount >= R.strongRecentCount ||
      (recentCount >= R.strongRecentCountInPerson && recentInPerson))
  ) {
    level = 'strong';
  } else if (
    (daysSinceLast !== null && daysSinceLast <= R.steadyWithinDays) ||
    (lastInPersonDay !== null && today - lastInPersonDay <= R.steadyWithinDays)
  ) {
    level = 'steady';
  } else {
    level = 'fading';
  }
  return {
    level,
    reasons,
    recentCount,
    totalCount: days.length,
    daysSinceLast,
    lastInPersonDay,
  };
}

export type { StrengthLevel, RelationshipStrength };
