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
): readonly ReconnectItem[] {
  const nowMs = now.getTime();
  const held = answers.get(contacts);
  if (
    held &&
    held.interactions === interactions &&
    held.tagCadences === tagCadences &&
    held.snoozes === snoozes &&
    held.tz === tz &&
    held.from <= nowMs &&
    nowMs < held.until
  ) {
    return held.items;
  }
  const answer = computeReconnectList(contacts, interactions, tagCadences, snoozes, now, tz);
  answers.set(contacts, { interactions, tagCadences, snoozes, tz, from: nowMs, ...answer });
  return answer.items;
}

/**
 * The last answer per contacts array (the store replaces its arrays on every change), with the
 * span of time it holds for: at 30,000 contacts and 150,000 interactions the list takes ~100 ms,
 * and Today, the reconnect panel and the weekly review ask for it on every opening.
 */
const answers = new WeakMap<
  readonly CrmContact[],
  {
    interactions: readonly Interaction[];
    tagCadences: readonly TagCadence[];
    snoozes: readonly Snooze[];
    tz: string;
    from: number;
    until: number;
    items: readonly ReconnectItem[];
  }
>();

/**
 * The list, and until when it stays the same: `now` counts only through the local day, the
 * interactions already past and the snoozes not yet over, so the answer holds until the next
 * local midnight, the next interaction it looked at becoming past, or the next snooze ending.
 */
function computeReconnectList(
  contacts: readonly CrmContact[],
  interactions: readonly Interaction[],
  tagCadences: readonly TagCadence[],
  snoozes: readonly Snooze[],
  now: Date,
  tz: string,
): { items: ReconnectItem[]; until: number } {
  const nowMs = now.getTime();
  const today = dayOf(now, tz);
  let until = startOfDay(today + 1, tz).getTime();
  const index = indexInteractions(interactions);
  /** The contact's interactions up to now, and the latest one's time. */
  const pastOf = (contactId: string) => {
    const { items, at } = interactionsOf(index, contactId);
    let lastAt: string | null = null;
    let lastMs = -Infinity;
    const past: Interaction[] = [];
    items.forEach((interaction, k) => {
      if (at[k]! > nowMs) {
        until = Math.min(until, at[k]!);
        return;
      }
      past.push(interaction);
      if (at[k]! > lastMs) {
        lastMs = at[k]!;
        lastAt = interaction.at;
      }
    });
    return { past, lastAt };
  };
  const snoozed = new Set<string>();
  for (const s of snoozes) {
    const ends = Date.parse(s.until);
    if (ends <= nowMs) continue;
    snoozed.add(s.contactId);
    until = Math.min(until, ends);
  }

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
  items.sort(
    (a, b) =>
      bucket(b.overdueRatio) - bucket(a.overdueRatio) ||
      STRENGTH_RANK[b.strength.level] - STRENGTH_RANK[a.strength.level] ||
      b.overdueRatio - a.overdueRatio ||
      compareByName(a.contact.name, b.contact.name) ||
      (a.contact.id < b.contact.id ? -1 : 1),
  );
  return { items, until };
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
