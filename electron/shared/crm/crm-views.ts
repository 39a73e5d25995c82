/**
 * What the CRM's rules return and the renderer shows: the reconnect list, a tie's strength, the
 * commitments rate, meeting clashes, coffee suggestions, Today. The rules live in
 * electron/core/crm; these types are shared so the IPC contract can name them.
 */
import type { Commitment } from './commitment';
import type { Cadence, CrmContact } from './contact-crm-fields';
import type { FollowUp } from './follow-up';
import type { Interaction } from './interaction';
import type { Introduction } from './introduction';
import type { Meeting } from './meeting';
import type { Invitation, NetworkEvent } from './networking-event';

/** open (not yet due), due-today, overdue, kept-on-time, kept-late, missed. */
export type CommitmentOutcome =
  'open' | 'due-today' | 'overdue' | 'kept-on-time' | 'kept-late' | 'missed';

export interface KeptOnTimeRate {
  /** onTime / counted; null when nothing was due in the period. */
  rate: number | null;
  onTime: number;
  late: number;
  missed: number;
  /** Still open past the due day: not kept on time, whatever happens next. */
  overdue: number;
  /** onTime + late + missed + overdue. */
  counted: number;
  /** The period (local days, inclusive) the commitments were due in. */
  from: string;
  to: string;
}

export interface DueCommitments {
  dueToday: Commitment[];
  /** Oldest first. */
  overdue: Commitment[];
}

export interface Clash {
  /** Ids of the two meetings, earlier start first. */
  a: string;
  b: string;
  /** Minutes they overlap. */
  overlapMin: number;
}

/** What ReminderDigest.hold takes. */
export interface HeldItem {
  key: string;
  text: string;
}

export interface ReconnectItem {
  contact: CrmContact;
  cadence: Cadence;
  /** The tag the cadence comes from; null when it is the contact's own. */
  fromTag: string | null;
  /** Last logged interaction (null: never). */
  lastAt: string | null;
  /** The local day it became due: last interaction (or the day the contact was added) + cadence. */
  dueOn: string;
  overdueDays: number;
  /** Days overdue as a share of the cadence: 0.5 = half a cadence late. */
  overdueRatio: number;
  strength: RelationshipStrength;
  /** "last spoke 74 days ago; you wanted every 6 weeks". */
  reason: string;
}

export type StrengthLevel = 'strong' | 'steady' | 'fading' | 'new';

export interface RelationshipStrength {
  level: StrengthLevel;
  /** Plain-language facts behind the level: "3 conversations in the last 90 days". */
  reasons: string[];
  /** The facts themselves, for sorting and display. */
  recentCount: number;
  totalCount: number;
  daysSinceLast: number | null;
  lastInPersonDay: number | null;
}

export interface CoffeeSuggestion {
  contact: CrmContact;
  /** Why: "4 online conversations this past year, never met in person". */
  reason: string;
  /** A friendly message to start from. */
  draft: string;
  event: NetworkEvent | null;
}

export interface TodayDigest {
  /** Not cancelled or done, starting today (local), in time order. */
  meetingsToday: Meeting[];
  followUps: Array<HeldItem & { followUp: FollowUp }>;
  commitments: DueCommitments;
  /** The top of the reconnect list. */
  reconnect: ReconnectItem[];
  /** How many more are on the full list. */
  reconnectMore: number;
  /** Guests invited who have not answered, for upcoming events. */
  invitationsAwaitingReply: Invitation[];
  /** Upcoming events the user answered "maybe" to: still to decide. */
  eventsToDecide: NetworkEvent[];
}

/** Everything a contact's page shows. */
export interface ContactProfile {
  contact: CrmContact;
  strength: RelationshipStrength;
  /** Null when no cadence applies (none set, or "never remind"). */
  keepInTouch: {
    cadence: string;
    fromTag: string | null;
    nextDueOn: string;
    /** The reconnect list's reason when overdue ("last spoke 74 days ago; …"), else null. */
    overdue: string | null;
  } | null;
  /** Newest first. */
  interactions: Interaction[];
  commitments: Commitment[];
  /** Open ones. */
  followUps: FollowUp[];
  meetings: Meeting[];
  introductions: Introduction[];
}

/** Guest counts per status, plus totals. */
export type GuestListCounts = Record<Invitation['status'], number> & {
  total: number;
  /** Sent (everything but not-sent). */
  sent: number;
  /** Invited and not answered yet. */
  awaiting: number;
};

/** An event with its guest list. */
export interface EventWithGuests {
  event: NetworkEvent;
  invitations: Invitation[];
  counts: GuestListCounts;
}
