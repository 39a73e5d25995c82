/** How events and invitations read on screen. */
import type {
  EventKind,
  InvitationStatus,
  MyEventStatus,
  NetworkEvent,
} from '../../../../electron/shared/crm/networking-event';
import type { GuestListCounts } from '../../../../electron/shared/crm/crm-views';
import { clockTime, dayLabel, localDate } from '../../lib/time';

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  meetup: 'Meetup',
  conference: 'Conference',
  'trade-show': 'Trade show',
  dinner: 'Dinner',
  webinar: 'Webinar',
};
export const EVENT_KINDS = Object.keys(EVENT_KIND_LABELS) as EventKind[];

export const MY_STATUS_LABELS: Record<MyEventStatus, string> = {
  going: 'Going',
  maybe: 'Maybe',
  'not-going': 'Not going',
};
export const MY_STATUSES = Object.keys(MY_STATUS_LABELS) as MyEventStatus[];

export const INVITATION_LABELS: Record<InvitationStatus, string> = {
  'not-sent': 'Not sent yet',
  invited: 'Invited',
  accepted: 'Accepted',
  declined: 'Declined',
  tentative: 'Tentative',
  delegated: 'Delegated',
  'no-reply': 'No reply',
};

/** "Thu 5 Mar, 18:30–21:00" or "Thu 5 Mar 09:00 – Fri 6 Mar 17:00", in `timeZone`. */
export function eventWhen(event: NetworkEvent, timeZone: string): string {
  const startDay = localDate(event.start, timeZone);
  const endDay = localDate(event.end, timeZone);
  const start = `${dayLabel(startDay)}, ${clockTime(event.start, timeZone)}`;
  if (startDay === endDay) return `${start}–${clockTime(event.end, timeZone)}`;
  return `${start} – ${dayLabel(endDay)}, ${clockTime(event.end, timeZone)}`;
}

/** "3 invited · 1 accepted · 1 declined · 1 awaiting"; "No guests yet" for an empty list. */
export function countsText(counts: GuestListCounts): string {
  if (counts.total === 0) return 'No guests yet';
  const parts = [`${counts.sent} invited`];
  const order: InvitationStatus[] = ['accepted', 'declined', 'tentative', 'delegated', 'no-reply'];
  for (const status of order) {
    const n = counts[status];
    if (n > 0) parts.push(`${n} ${INVITATION_LABELS[status].toLowerCase()}`);
  }
  if (counts.awaiting > 0) parts.push(`${counts.awaiting} awaiting`);
  if (counts['not-sent'] > 0) parts.push(`${counts['not-sent']} not sent yet`);
  return parts.join(' · ');
}
