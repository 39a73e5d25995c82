import type { Meeting, MeetingKind } from '../../../shared/crm/meeting';
import {
  newCalendarIdentity,
  revisedCalendarIdentity,
} from '../../interchange/export/calendar-identity';
import { updateOnce, type CreateRequest } from '../../store/recent-requests';
import { contactIn, crmChanged, notFound, type CrmDeps } from '../crm-records';
import type { AppointmentAlarm } from './appointment-alarm';
import { findClashes } from './find-clashes';
import { checkProposal } from './meeting-proposal';
import { transitionMeeting, type MeetingAction } from './meeting-status';
import { eventCitySuggestions, inPersonSuggestions } from './suggestions';

/** Meetings: the list with its clashes, proposing one, moving it along, and coffee ideas. */
export class MeetingsService {
  /** Calendar UIDs: random, and apart from newId so record ids stay predictable in tests. */
  private readonly newUid = () => globalThis.crypto.randomUUID();

  constructor(
    private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus' | 'timeZone' | 'newId'> & {
      /** Re-armed after every change: a meeting's time or status decides when it notifies. */
      alarm: AppointmentAlarm;
    },
  ) {}

  list() {
    const meetings = [...this.deps.store.read().meetings].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    );
    return { meetings, clashes: findClashes(meetings) };
  }

  async propose(
    input: {
      kind: MeetingKind;
      start: string;
      durationMin: number;
      place: string;
      contactIds: string[];
      agenda: string;
      confirmPast?: boolean;
    },
    request?: CreateRequest,
  ): Promise<Meeting> {
    const { store, clock, newId } = this.deps;
    checkProposal(input, (id) => contactIn(store.read(), id), clock.now());
    const { confirmPast: _ignored, ...fields } = input;
    const meeting: Meeting = {
      ...fields,
      id: newId(),
      status: 'proposed',
      note: '',
      createdAt: clock.now().toISOString(),
      ...newCalendarIdentity(this.newUid),
    };
    const stored = await updateOnce(store, request, (d) => {
      d.meetings.push(meeting);
      return meeting;
    });
    this.changed(stored.contactIds);
    return stored;
  }

  async transition(id: string, action: MeetingAction): Promise<Meeting> {
    const { store, clock, newId } = this.deps;
    const updated = await store.update((d) => {
      const index = d.meetings.findIndex((m) => m.id === id);
      const existing = d.meetings[index];
      if (!existing) throw notFound('meeting');
      const result = transitionMeeting(existing, action, clock.now(), d.contacts);
      // Every transition changes its time or STATUS: a revision for calendars that imported it.
      const meeting = { ...result.meeting, ...revisedCalendarIdentity(existing) };
      d.meetings[index] = meeting;
      d.interactions.push(...result.interactions.map((draft) => ({ ...draft, id: newId() })));
      return meeting;
    });
    this.changed(updated.contactIds);
    return updated;
  }

  /** Coffee ideas: people met only online, then people in the city of an upcoming event. */
  suggestions() {
    const { store, clock, timeZone } = this.deps;
    const d = store.read();
    return [
      ...inPersonSuggestions(d.contacts, d.interactions, d.meetings, clock.now()),
      ...eventCitySuggestions(d.contacts, d.events, clock.now(), timeZone()),
    ];
  }

  private changed(contactIds: string[]): void {
    crmChanged(this.deps.bus, contactIds);
    this.deps.alarm.arm();
  }
}
