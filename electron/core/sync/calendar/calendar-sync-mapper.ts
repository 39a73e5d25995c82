import type { Meeting } from '../../../shared/crm/meeting';
import type { NetworkEvent } from '../../../shared/crm/networking-event';
import type { Clock } from '../../clock';
import { canTransition } from '../../crm/meetings/meeting-status';
import type { Store } from '../../store/document-store';
import type { AppliedChanges, LocalChange, LocalItem, SyncMapper } from '../sync-mapper';
import { EVENT_FIELD_LABELS, emailKey, type EventFields } from './event-fields';
import { mergeEventFields } from './merge-event';
import {
  invitationRepliesFrom,
  meetingChangesFrom,
  meetingEventFields,
  networkEventChangesFrom,
  networkEventFields,
} from './netwell-events';
import { patchEvent } from './patch-event';
import { eventUid, readEventFields } from './read-event';

export interface CalendarMapperOptions {
  store: Store;
  clock: Clock;
  /** Tells the windows which contacts' meetings or events sync changed. */
  changed: (contactIds: string[]) => void;
  /** The user, as the ORGANIZER of their meetings and of events they invite people to. */
  organizer?: { email: string; name: string } | null;
}

const MEETING = 'meeting:';
const EVENT = 'event:';

/** Fields compared as the calendar shows them: guests in any order, SEQUENCE aside (max wins). */
function canonical(f: EventFields): string {
  const attendees = [...f.attendees]
    .map((a) => ({ ...a, email: emailKey(a.email) }))
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  return JSON.stringify({ ...f, attendees, sequence: 0 });
}

/**
 * Meetings and networking events ↔ VEVENTs in the chosen calendar. Netwell's records go to the
 * calendar; what the phone changes on them comes back (a meeting moved or cancelled, an event's
 * details, a guest's answer on the invitation). Events the calendar had already (the dentist) are
 * left alone: only items with a Netwell record's UID are linked. An item deleted on the phone
 * cancels the meeting (or marks the event "not going"), kindly: nothing is deleted in Netwell.
 */
export class CalendarSyncMapper implements SyncMapper<EventFields> {
  readonly kind = 'calendar' as const;
  readonly extension = '.ics' as const;

  constructor(private readonly options: CalendarMapperOptions) {}

  private get organizer() {
    return this.options.organizer ?? null;
  }

  private people() {
    const byId = new Map(this.options.store.read().contacts.map((c) => [c.id, c]));
    return {
      person: (id: string) => {
        const c = byId.get(id);
        return { name: c?.name ?? 'Someone', email: c?.emails[0] ?? null };
      },
      email: (id: string) => byId.get(id)?.emails[0] ?? null,
    };
  }

  locals(): ReadonlyMap<string, LocalItem<EventFields>> {
    const data = this.options.store.read();
    const { person, email } = this.people();
    const out = new Map<string, LocalItem<EventFields>>();
    for (const m of data.meetings) {
      const fields = meetingEventFields(m, m.contactIds.map(person), this.organizer);
      out.set(MEETING + m.id, {
        id: MEETING + m.id,
        label: fields.summary,
        fields,
        // A cancelled meeting is not sent anew (one on the calendar already shows cancelled).
        newOnServer: m.status !== 'cancelled',
      });
    }
    const invitations = new Map<string, typeof data.invitations>();
    for (const i of data.invitations) {
      const list = invitations.get(i.eventId);
      if (list) list.push(i);
      else invitations.set(i.eventId, [i]);
    }
    for (const e of data.events) {
      const fields = networkEventFields(e, invitations.get(e.id) ?? [], email, this.organizer);
      out.set(EVENT + e.id, {
        id: EVENT + e.id,
        label: e.name,
        fields,
        newOnServer: e.myStatus !== 'not-going',
      });
    }
    return out;
  }

  /** The UID a record's first calendar item gets: its export UID where it has one. */
  uidFor(localId: string): string {
    const data = this.options.store.read();
    const record = localId.startsWith(MEETING)
      ? data.meetings.find((m) => MEETING + m.id === localId)
      : data.events.find((e) => EVENT + e.id === localId);
    return record?.uid ?? `netwell-${localId.replace(':', '-')}`;
  }

  restorable(): boolean {
    return false;
  }

  read(raw: string): EventFields {
    return readEventFields(raw);
  }

  uidOf(raw: string): string | null {
    return eventUid(raw);
  }

  write(raw: string | null, fields: EventFields, uid: string): string {
    return patchEvent(raw, fields, { uid, now: this.options.clock.now().toISOString() });
  }

  merge(base: EventFields | null, local: EventFields, remote: EventFields) {
    const merged = mergeEventFields(base, local, remote);
    return {
      local: merged.local,
      remote: merged.remote,
      conflicts: merged.conflicts.map((c) => ({
        field: c.field,
        local: c.local,
        remote: c.remote,
      })),
    };
  }

  equal(a: EventFields, b: EventFields): boolean {
    return canonical(a) === canonical(b);
  }

  empty(): EventFields {
    return {
      summary: '',
      location: '',
      description: '',
      start: '',
      end: '',
      allDay: false,
      status: 'CONFIRMED',
      organizer: null,
      attendees: [],
      sequence: 0,
    };
  }

  label(fields: EventFields): string {
    return fields.summary || 'An event without a title';
  }

  fieldLabel(field: string): string {
    return (EVENT_FIELD_LABELS as Record<string, string>)[field] ?? field;
  }

  /** Only items carrying a Netwell record's UID are Netwell's. */
  match(
    incoming: { href: string; uid: string | null; fields: EventFields }[],
    unlinked: LocalItem<EventFields>[],
  ): Map<string, string> {
    const byUid = new Map(unlinked.map((l) => [this.uidFor(l.id), l.id]));
    const out = new Map<string, string>();
    for (const item of incoming) {
      const id = item.uid === null ? undefined : byUid.get(item.uid);
      if (id !== undefined) out.set(item.href, id);
    }
    return out;
  }

  /**
   * A meeting or event written to the calendar keeps the item's UID (one never exported had none)
   * and its SEQUENCE (the patch raises it when the time, status or place changed): an export made
   * later is then the same calendar item at the same revision, never a second copy on the phone.
   */
  async written(items: { localId: string; uid: string; text: string }[]): Promise<void> {
    const identity = new Map(
      items.map((i) => [i.localId, { uid: i.uid, sequence: readEventFields(i.text).sequence }]),
    );
    const data = this.options.store.read();
    // A UID the record has already (an export gave it) is the item's: it is never replaced.
    const stale = (r: { uid?: string | undefined; sequence?: number | undefined }, id: string) => {
      const now = identity.get(id);
      if (now === undefined) return false;
      return !r.uid || (r.uid === now.uid && (r.sequence ?? 0) < now.sequence);
    };
    const needed =
      data.meetings.some((m) => stale(m, MEETING + m.id)) ||
      data.events.some((e) => stale(e, EVENT + e.id));
    if (!needed) return;
    const contactIds = new Set<string>();
    await this.options.store.update((draft) => {
      draft.meetings = draft.meetings.map((m) => {
        const now = identity.get(MEETING + m.id);
        if (!now || !stale(m, MEETING + m.id)) return m;
        for (const id of m.contactIds) contactIds.add(id);
        return { ...m, uid: m.uid ?? now.uid, sequence: Math.max(m.sequence ?? 0, now.sequence) };
      });
      draft.events = draft.events.map((e) => {
        const now = identity.get(EVENT + e.id);
        if (!now || !stale(e, EVENT + e.id)) return e;
        return { ...e, uid: e.uid ?? now.uid, sequence: Math.max(e.sequence ?? 0, now.sequence) };
      });
    });
    this.options.changed([...contactIds]);
  }

  async apply(changes: LocalChange<EventFields>[]): Promise<AppliedChanges> {
    // Creates (someone else's events in that calendar) are not Netwell's: none is made.
    const result: AppliedChanges = { created: new Map(), failed: [] };
    const relevant = changes.filter((c) => c.kind === 'update' || c.kind === 'delete');
    if (relevant.length === 0) return result;
    const contactIds = new Set<string>();
    await this.options.store.update((data) => {
      const { email } = this.people();
      for (const change of relevant) {
        if (change.kind !== 'update' && change.kind !== 'delete') continue;
        if (change.id.startsWith(MEETING)) {
          const at = data.meetings.findIndex((m) => MEETING + m.id === change.id);
          const meeting = data.meetings[at];
          if (!meeting) continue;
          let next: Meeting;
          if (change.kind === 'delete') {
            if (!canTransition(meeting.status, 'cancelled')) continue;
            next = { ...meeting, status: 'cancelled' };
          } else {
            const { person } = this.people();
            const now = meetingEventFields(meeting, meeting.contactIds.map(person), this.organizer);
            if (change.from !== null && !this.equal(now, change.from)) continue;
            const changes = meetingChangesFrom(change.fields, meeting);
            // Stored as the app stores instants (toISOString), whatever the calendar wrote.
            if (changes.start) changes.start = new Date(changes.start).toISOString();
            next = { ...meeting, ...changes };
          }
          data.meetings[at] = next;
          for (const id of meeting.contactIds) contactIds.add(id);
        } else if (change.id.startsWith(EVENT)) {
          const at = data.events.findIndex((e) => EVENT + e.id === change.id);
          const event = data.events[at];
          if (!event) continue;
          const invitations = data.invitations.filter((i) => i.eventId === event.id);
          let next: NetworkEvent;
          if (change.kind === 'delete') next = { ...event, myStatus: 'not-going' };
          else {
            const now = networkEventFields(event, invitations, email, this.organizer);
            if (change.from !== null && !this.equal(now, change.from)) continue;
            const changes = networkEventChangesFrom(change.fields, event);
            if (changes.start) changes.start = new Date(changes.start).toISOString();
            if (changes.end) changes.end = new Date(changes.end).toISOString();
            next = { ...event, ...changes };
            const replies = new Map(
              invitationRepliesFrom(change.fields, invitations, email).map((r) => [
                r.invitationId,
                r.status,
              ]),
            );
            if (replies.size > 0) {
              const answeredAt = this.options.clock.now().toISOString();
              data.invitations = data.invitations.map((i) => {
                const status = replies.get(i.id);
                return status ? { ...i, status, answeredAt } : i;
              });
            }
          }
          data.events[at] = next;
          for (const i of invitations) contactIds.add(i.contactId);
        }
      }
    });
    this.options.changed([...contactIds]);
    return result;
  }
}
