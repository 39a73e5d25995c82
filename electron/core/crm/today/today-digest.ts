import type { TodayDigest } from '../../../shared/crm/crm-views';
import type { Commitment } from '../../../shared/crm/commitment';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { FollowUp } from '../../../shared/crm/follow-up';
import type { Interaction } from '../../../shared/crm/interaction';
import type { Snooze, TagCadence } from '../../../shared/crm/keep-in-touch';
import type { Meeting } from '../../../shared/crm/meeting';
import type { Invitation, NetworkEvent } from '../../../shared/crm/networking-event';
import { dueCommitments } from '../promises/commitments';
import { isActiveMeeting } from '../meetings/find-clashes';
import { dueFollowUps } from '../promises/follow-ups';
import { awaitingReply } from '../events/invitations';
import { dayOf } from '../local-days';
import { reconnectList } from '../keep-in-touch/reconnect-list';

export interface CrmSnapshot {
  contacts: readonly CrmContact[];
  interactions: readonly Interaction[];
  tagCadences: readonly TagCadence[];
  snoozes: readonly Snooze[];
  meetings: readonly Meeting[];
  followUps: readonly FollowUp[];
  commitments: readonly Commitment[];
  events: readonly NetworkEvent[];
  invitations: readonly Invitation[];
}

export const TODAY_RECONNECT_COUNT = 5;

/** Everything the Today view shows, from one snapshot of the data. */
export function todayDigest(data: CrmSnapshot, now: Date, tz: string): TodayDigest {
  const today = dayOf(now, tz);
  // A promise to an archived contact still stands; one to a blocked person is not surfaced.
  const blocked = new Set(data.contacts.filter((c) => c.blocked !== null).map((c) => c.id));
  const reconnect = reconnectList(
    data.contacts,
    data.interactions,
    data.tagCadences,
    data.snoozes,
    now,
    tz,
  );
  return {
    meetingsToday: data.meetings
      .filter((m) => isActiveMeeting(m) && dayOf(m.start, tz) === today)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    followUps: dueFollowUps(data.followUps, data.contacts, now, tz),
    commitments: dueCommitments(
      data.commitments.filter((c) => !blocked.has(c.contactId)),
      now,
      tz,
    ),
    reconnect: reconnect.slice(0, TODAY_RECONNECT_COUNT),
    reconnectMore: Math.max(0, reconnect.length - TODAY_RECONNECT_COUNT),
    invitationsAwaitingReply: awaitingReply(data.invitations, data.events, now),
    eventsToDecide: data.events
      .filter((e) => e.myStatus === 'maybe' && Date.parse(e.start) > now.getTime())
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  };
}

export type { TodayDigest };
