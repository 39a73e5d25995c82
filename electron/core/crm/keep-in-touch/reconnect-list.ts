import type { ReconnectItem } from '../../../shared/crm/crm-views';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type {
  Channel,
  Interaction,
  InteractionDraft,
  InteractionKind,
} from '../../../shared/crm/interaction';
import type { Snooze, TagCadence } from '../../../shared/crm/keep-in-touch';
import { addCadence, describeCadence, effectiveCadence } from './cadence';
import { isHidden } from '../safety/block-rules';
import { indexInteractions, interactionsOf } from '../interactions/interaction-index';
import { dayOf, daysAgoText, formatLocalDate, parseLocalDate, startOfDay } from '../local-days';
import { STRENGTH_RANK, relationshipStrength } from '../profile/relationship-strength';

const compareByName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;

/**
 * Contacts whose keep-in-touch cadence has lapsed. The clock restarts at every logged interaction
 * (due = last interaction + cadence, in local calendar days); a contact never spoken to is due one
 * cadence after it was added. Snoozed, blocked and archived contacts never appear. Sorted by how
 * overdue relative to the cadence (in steps of a tenth of a cadence), then by tie strength
 * (stronger first), then by exact overdue share, then by name.
 */
export function reconnectList(
  contacts: readonly CrmContact[],
  interactions: readonly Interaction[],
  tagCadences: readonly TagCadence[],
  snoozes: readonly Snooze[],
  now: Date,
  tz: string,
): ReconnectItem[] {
  const nowMs = now.getTime();
  const today = dayOf(now, tz);
  const index = indexInteractions(interactions);
  /** The contact's interactions up to now, and the latest one's time. */
  const pastOf = (contactId: string) => {
    const { items, at } = interactionsOf(index, contactId);
    let lastAt: string | null = null;
    let lastMs = -Infinity;
    const past: Interaction[] = [];
    items.forEach((interaction, k) => {
      if (at[k]! > nowMs) return;
      past.push(interaction);
      if (at[k]! > lastMs) {
        lastMs = at[k]!;
        lastAt = interaction.at;
      }
    });
    return { past, lastAt };
  };
  const snoozed = new Set(
    snoozes.filter((s) => Date.parse(s.until) > nowMs).map((s) => s.contactId),
  );

  const items: ReconnectItem[] = [];
  for (const contact of contacts) {
    if (isHidden(contact) || snoozed.has(contact.id)) continue;
    const effective = effectiveCadence(contact, tagCadences);
    if (!effective) continue;
    const { past, lastAt } = pastOf(contact.id);
    const anchor = dayOf(lastAt ?? contact.createdAt, tz);
    const due = addCadence(anchor, effective.cadence);
    if (due > today) continue;
    const cadenceSpan = due - anchor;
    const wanted = `you wanted ${describeCadence(effective.cadence)}${
      effective.fromTag ? ` for ${effective.fromTag}` : ''
    }`;
    items.push({
      contact,
      cadence: effective.cadence,
      fromTag: effective.fromTag,
      lastAt,
      dueOn: formatLocalDate(due),
      overdueDays: today - due,
      overdueRatio: (today - due) / cadenceSpan,
      strength: relationshipStrength(contact, { interactions: past }, now, tz),
      reason: lastAt
        ? `last spoke ${daysAgoText(today - anchor)}; ${wanted}`
        : `no conversation logged yet; ${wanted}`,
    });
  }
  const bucket = (r: number) => Math.floor(r * 10);
  return items.sort(
    (a, b) =>
      bucket(b.overdueRatio) - bucket(a.overdueRatio) ||
      STRENGTH_RANK[b.strength.level] - STRENGTH_RANK[a.strength.level] ||
      b.overdueRatio - a.overdueRatio ||
      compareByName(a.contact.name, b.contact.name) ||
      (a.contact.id < b.contact.id ? -1 : 1),
  );
}

/** "Snooze for N days": off the list until the start of the local day N days from today. */
export function snoozeFor(contactId: string, days: number, now: Date, tz: string): Snooze {
  return { contactId, until: startOfDay(dayOf(now, tz) + days, tz).toISOString() };
}

/** "Snooze until <date>": off the list until the start of that local day. */
export function snoozeUntil(contactId: string, date: string, tz: string): Snooze {
  return { contactId, until: startOfDay(parseLocalDate(date), tz).toISOString() };
}

/**
 * "Done": I reached out. Logs an interaction, which restarts the clock; the caller stores it and
 * drops any snooze for the contact.
 */
export function reconnectDone(
  contactId: string,
  now: Date,
  details: { kind?: InteractionKind; channel?: Channel; note?: string } = {},
): InteractionDraft {
  return {
    contactId,
    kind: details.kind ?? 'message',
    at: now.toISOString(),
    direction: 'outbound',
    channel: details.channel ?? 'other',
    note: details.note ?? '',
    meetingId: null,
    introductionId: null,
    eventId: null,
  };
}

export type { ReconnectItem };
