import type { GuestListCounts } from '../../../shared/crm/crm-views';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type {
  Invitation,
  InvitationStatus,
  NetworkEvent,
} from '../../../shared/crm/networking-event';
import { INVITATION_STATUSES } from '../../../shared/crm/networking-event';
import { NUDGE_AFTER_DAYS_DEFAULT } from '../../../shared/settings';
import { UserError } from '../../errors';
import { isHidden } from '../safety/block-rules';
import type { HeldItem } from '../promises/follow-ups';
import { DAY_MS, dayOf, daysAgoText, shortDate } from '../local-days';

/** Allowed status changes: anything answered can change its answer; nothing goes back to not-sent. */
export function canSetInvitationStatus(from: InvitationStatus, to: InvitationStatus): boolean {
  if (from === to) return false;
  if (to === 'not-sent') return false;
  if (from === 'not-sent') return to === 'invited';
  return true;
}

/** Applies a status change with its date: sent (invited) or answered (the four answers). */
export function setInvitationStatus(
  invitation: Invitation,
  to: InvitationStatus,
  now: Date,
): Invitation {
  if (!canSetInvitationStatus(invitation.status, to)) {
    throw new UserError(
      'conflict',
      invitation.status === 'not-sent'
        ? 'Send the invitation first.'
        : `This invitation is already ${invitation.status.replace('-', ' ')}.`,
    );
  }
  const at = now.toISOString();
  if (to === 'invited') {
    // Sending (from not-sent) or sending again (after no reply) dates a new sending, which also
    // gives it a fresh nudge; an answer taken back keeps the original date.
    const resend = invitation.status === 'not-sent' || invitation.status === 'no-reply';
    return {
      ...invitation,
      status: to,
      sentAt: resend || !invitation.sentAt ? at : invitation.sentAt,
      answeredAt: null,
    };
  }
  if (to === 'no-reply') return { ...invitation, status: to, answeredAt: null };
  return { ...invitation, status: to, answeredAt: at };
}

export type { GuestListCounts };

export function guestListCounts(
  invitations: readonly Invitation[],
  eventId: string,
): GuestListCounts {
  const counts = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, 0])) as Record<
    InvitationStatus,
    number
  >;
  const mine = invitations.filter((i) => i.eventId === eventId);
  for (const i of mine) counts[i.status]++;
  return {
    ...counts,
    total: mine.length,
    sent: mine.length - counts['not-sent'],
    awaiting: counts.invited,
  };
}

/** Invitations sent and unanswered for events that have not started: the Today view's list. */
export function awaitingReply(
  invitations: readonly Invitation[],
  events: readonly NetworkEvent[],
  now: Date,
): Invitation[] {
  const upcoming = new Set(
    events.filter((e) => Date.parse(e.start) > now.getTime()).map((e) => e.id),
  );
  return invitations.filter((i) => i.status === 'invited' && upcoming.has(i.eventId));
}

/**
 * Invitations still 'invited' when their event has started become 'no-reply' (asking later is no
 * longer useful). Returns only the changed ones.
 */
export function settleNoReplies(
  invitations: readonly Invitation[],
  events: readonly NetworkEvent[],
  now: Date,
): Invitation[] {
  const started = new Set(
    events.filter((e) => Date.parse(e.start) <= now.getTime()).map((e) => e.id),
  );
  return invitations
    .filter((i) => i.status === 'invited' && started.has(i.eventId))
    .map((i) => ({ ...i, status: 'no-reply' as const }));
}

/** Days without an answer after which a gentle nudge is suggested (user-settable in Settings). */
export const NUDGE_AFTER_DAYS = NUDGE_AFTER_DAYS_DEFAULT;

/**
 * "No reply yet from Ana": items for the window digest, for invitations sent at least
 * `afterDays` days ago, unanswered, whose event has not started. One per invitation and sending
 * (the key holds sentAt), so a nudge is suggested once.
 */
export function invitationNudges(
  invitations: readonly Invitation[],
  events: readonly NetworkEvent[],
  contacts: readonly CrmContact[],
  now: Date,
  tz: string,
  afterDays = NUDGE_AFTER_DAYS,
): HeldItem[] {
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const contactsById = new Map(contacts.map((c) => [c.id, c]));
  const items: HeldItem[] = [];
  for (const i of awaitingReply(invitations, events, now)) {
    if (!i.sentAt || now.getTime() - Date.parse(i.sentAt) < afterDays * DAY_MS) continue;
    const event = eventsById.get(i.eventId)!;
    const contact = contactsById.get(i.contactId);
    if (!contact || isHidden(contact)) continue;
    const sent = daysAgoText(dayOf(now, tz) - dayOf(i.sentAt, tz));
    items.push({
      key: `invitation-nudge:${i.id}:${i.sentAt}`,
      text: `No reply yet from ${contact.name} about ${event.name} (${shortDate(dayOf(event.start, tz))}); invited ${sent}. A friendly nudge?`,
    });
  }
  return items;
}

/**
 * A kind way to say no to an invitation, offering another time or a coffee instead: declining an
 * event is not declining the person.
 */
export function declineMessage(options: {
  hostName: string;
  eventName: string;
  offer: 'another-time' | 'coffee';
}): string {
  const first = options.hostName.trim().split(/\s+/)[0] || 'there';
  const offer =
    options.offer === 'coffee'
      ? 'I would love to catch up over a coffee instead, if you are up for it. Any day in the next few weeks that suits you?'
      : 'I would really like to come to the next one, so please keep me in mind.';
  return `Hi ${first}, thank you so much for inviting me to ${options.eventName}! I am sorry I cannot make it this time. ${offer} I hope it goes wonderfully.`;
}
