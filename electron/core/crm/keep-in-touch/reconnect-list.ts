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
import {
  indexInteractions,
  interactionsOf,
  type ContactInteractions,
} from '../interactions/interaction-index';
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
 * span of time it holds for: Today, the reconnect panel and the weekly review ask for it on every
 * opening, and an unchanged answer costs nothing to give again.
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
    const history = interactionsOf(index, contact.id);
    let known = remembered.get(contact);
    if (
      !known ||
      known.history !== history ||
      known.tagCadences !== tagCadences ||
      known.today !== today ||
      known.tz !== tz ||
      nowMs < known.from ||
      nowMs >= known.until
    ) {
      known = reconnectItemOf(contact, history, tagCadences, now, today, tz);
      remembered.set(contact, known);
    }
    until = Math.min(until, known.until);
    if (known.item) items.push(known.item);
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

/** A contact's item (or none: not due), and what it was computed from. */
interface Remembered {
  history: ContactInteractions;
  tagCadences: readonly TagCadence[];
  today: number;
  tz: string;
  /** The item holds while now is in [from, until): between its last past and first future interaction. */
  from: number;
  until: number;
  item: ReconnectItem | null;
}

/**
 * Each contact's item, kept per contact record: the store shares the records a change did not
 * touch, so after an edit (the Contacts page asks again on every change) one contact is computed
 * again, not 30,000 (16 MB of garbage a call at 30,000 contacts). Weak, so it lives as long as the
 * records; a new interactions array, tag cadences, day or zone computes the item again.
 */
const remembered = new WeakMap<CrmContact, Remembered>();

function reconnectItemOf(
  contact: CrmContact,
  history: ContactInteractions,
  tagCadences: readonly TagCadence[],
  now: Date,
  today: number,
  tz: string,
): Remembered {
  const nowMs = now.getTime();
  let lastAt: string | null = null;
  let lastMs = -Infinity;
  let nextMs = Infinity;
  const past: Interaction[] = [];
  history.items.forEach((interaction, k) => {
    const at = history.at[k]!;
    if (at > nowMs) {
      nextMs = Math.min(nextMs, at);
      return;
    }
    past.push(interaction);
    if (at > lastMs) {
      lastMs = at;
      lastAt = interaction.at;
    }
  });
  const known = { history, tagCadences, today, tz, from: lastMs, until: nextMs, item: null };
  const effective = effectiveCadence(contact, tagCadences);
  if (!effective) return known;
  const anchor = dayOf(lastAt ?? contact.createdAt, tz);
  const due = addCadence(anchor, effective.cadence);
  if (due > today) return known;
  const cadenceSpan = due - anchor;
  const wanted = `you wanted ${describeCadence(effective.cadence)}${
    effective.fromTag ? ` for ${effective.fromTag}` : ''
  }`;
  return {
    ...known,
    item: {
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
    },
  };
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
