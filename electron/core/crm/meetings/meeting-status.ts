import type { MeetingAction } from '../../../shared/crm/meeting-action';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { InteractionDraft } from '../../../shared/crm/interaction';
import type { Meeting, MeetingStatus } from '../../../shared/crm/meeting';
import { UserError } from '../../errors';

/**
 * The meeting state machine. done and cancelled are final (a cancelled meeting that is back on is
 * a new proposal). A meeting can be marked done only once it has started, and only after it was
 * agreed (confirmed, or rescheduled to a new agreed time).
 */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  proposed: ['confirmed', 'rescheduled', 'cancelled'],
  confirmed: ['done', 'rescheduled', 'cancelled'],
  rescheduled: ['confirmed', 'rescheduled', 'done', 'cancelled'],
  done: [],
  cancelled: [],
};

export const canTransition = (from: MeetingStatus, to: MeetingStatus): boolean =>
  MEETING_TRANSITIONS[from].includes(to);

export type { MeetingAction };

const LABEL: Record<MeetingStatus, string> = {
  proposed: 'proposed',
  confirmed: 'confirmed',
  rescheduled: 'rescheduled',
  done: 'done',
  cancelled: 'cancelled',
};

/**
 * Applies an action. Marking a meeting done takes a note (asked for in the UI; may be empty) and
 * yields an in-person (or call) interaction for each contact, which restarts their clocks.
 * Throws a UserError with a message for the user when the transition is not allowed.
 */
export function transitionMeeting(
  meeting: Meeting,
  action: MeetingAction,
  now: Date,
  contacts: readonly CrmContact[] = [],
): { meeting: Meeting; interactions: InteractionDraft[] } {
  const from = meeting.status;
  if (!canTransition(from, action.to)) {
    const allowed = MEETING_TRANSITIONS[from];
    throw new UserError(
      'conflict',
      from === 'done' || from === 'cancelled'
        ? `This meeting is ${LABEL[from]}: it cannot be ${LABEL[action.to]} any more.`
        : `A ${LABEL[from]} meeting cannot be marked ${LABEL[action.to]}; it can be ${allowed
            .map((s) => LABEL[s])
            .join(', ')}.`,
    );
  }
  if (action.to === 'rescheduled') {
    if (Number.isNaN(Date.parse(action.start))) {
      throw new UserError('invalid_input', 'Give the new date and time.');
    }
    if (
      action.start === meeting.start &&
      (action.durationMin ?? meeting.durationMin) === meeting.durationMin
    ) {
      throw new UserError('invalid_input', 'Rescheduling needs a different time.');
    }
    return {
      meeting: {
        ...meeting,
        status: 'rescheduled',
        start: action.start,
        durationMin: action.durationMin ?? meeting.durationMin,
      },
      interactions: [],
    };
  }
  if (action.to === 'done') {
    if (Date.parse(meeting.start) > now.getTime()) {
      throw new UserError('conflict', 'This meeting has not started yet: mark it done afterwards.');
    }
    const note = action.note.trim();
    const names = new Map(contacts.map((c) => [c.id, c.name]));
    const interactions = meeting.contactIds.map((contactId): InteractionDraft => ({
      contactId,
      kind: 'meeting',
      at: meeting.start,
      direction: 'outbound',
      channel: meeting.kind === 'call' ? 'phone' : 'in-person',
      note:
        note ||
        `${meeting.kind[0]!.toUpperCase()}${meeting.kind.slice(1)}${
          meeting.contactIds.length > 1
            ? ` with ${meeting.contactIds.map((id) => names.get(id) ?? 'someone').join(', ')}`
            : ''
        }`,
      meetingId: meeting.id,
      introductionId: null,
      eventId: null,
    }));
    return { meeting: { ...meeting, status: 'done', note }, interactions };
  }
  return { meeting: { ...meeting, status: action.to }, interactions: [] };
}
