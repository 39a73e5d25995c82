import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { CalendarTarget, ExportedFile } from '../../../shared/interchange-export';
import type { Clock } from '../../clock';
import { UserError } from '../../errors';
import type { Data } from '../../store/data-schema';
import type { Store } from '../../store/open-store';
import { contactsToCsv } from './contacts-csv';
import { calendarToIcs, meetingSummary, type CalendarItem } from './icalendar-writer';
import { contactsToVCard } from './vcard-writer';

export interface ExportServiceDeps {
  store: Store;
  clock: Clock;
  newUid?: () => string;
}

/** "Coffee with Ana & Ben!" → "coffee-with-ana-ben": a file name every OS accepts. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'netwell';
}

const isActive = (c: CrmContact) => !c.archived && !c.blocked;

/** Meetings still to come (not done or cancelled) and events not over that you may attend. */
function upcomingItems(data: Data, now: number): { meetings: string[]; events: string[] } {
  return {
    meetings: data.meetings
      .filter((m) => m.status !== 'done' && m.status !== 'cancelled')
      .filter((m) => Date.parse(m.start) + m.durationMin * 60_000 > now)
      .map((m) => m.id),
    events: data.events
      .filter((e) => e.myStatus !== 'not-going' && Date.parse(e.end) > now)
      .map((e) => e.id),
  };
}

/** Takes data out: contacts as vCard 3.0 or CSV, meetings and events as iCalendar. */
export class ExportService {
  private readonly newUid: () => string;

  constructor(private readonly deps: ExportServiceDeps) {
    this.newUid = deps.newUid ?? (() => globalThis.crypto.randomUUID());
  }

  private today(): string {
    return this.deps.clock.now().toISOString().slice(0, 10);
  }

  contacts(ids: readonly string[] | undefined, format: 'vcard' | 'csv'): ExportedFile {
    const all = this.deps.store.read().contacts;
    let chosen: CrmContact[];
    if (ids === undefined) {
      chosen = all.filter(isActive);
    } else {
      const wanted = new Set(ids);
      chosen = all.filter((c) => wanted.has(c.id));
      if (chosen.length === 0) throw new UserError('not_found', 'Those contacts no longer exist.');
    }
    const base = `netwell-contacts-${this.today()}`;
    return format === 'vcard'
      ? {
          fileName: `${base}.vcf`,
          mimeType: 'text/vcard;charset=utf-8',
          text: contactsToVCard(chosen),
        }
      : {
          fileName: `${base}.csv`,
          mimeType: 'text/csv;charset=utf-8',
          text: contactsToCsv(chosen),
        };
  }

  /**
   * The .ics for a meeting, an event or everything upcoming. Records created before calendar
   * identities existed get their UID now (stored, so the next export has the same one).
   */
  async calendar(target: CalendarTarget): Promise<ExportedFile> {
    const data = this.deps.store.read();
    const now = this.deps.clock.now();
    let wanted: { meetings: string[]; events: string[] };
    let name: string;
    if (target.kind === 'meeting') {
      const meeting = data.meetings.find((m) => m.id === target.id);
      if (!meeting) throw new UserError('not_found', 'That meeting no longer exists.');
      wanted = { meetings: [meeting.id], events: [] };
      name = meetingSummary(meeting, new Map(data.contacts.map((c) => [c.id, c])));
    } else if (target.kind === 'event') {
      const event = data.events.find((e) => e.id === target.id);
      if (!event) throw new UserError('not_found', 'That event no longer exists.');
      wanted = { meetings: [], events: [event.id] };
      name = event.name;
    } else {
      wanted = upcomingItems(data, now.getTime());
      if (wanted.meetings.length + wanted.events.length === 0) {
        throw new UserError('not_found', 'Nothing is coming up: no meetings or events to add.');
      }
      name = `netwell-upcoming-${this.today()}`;
    }
    const stored = await this.assignUids(wanted);
    const meetingIds = new Set(wanted.meetings);
    const eventIds = new Set(wanted.events);
    const items: CalendarItem[] = [
      ...stored.meetings
        .filter((m) => meetingIds.has(m.id))
        .map((m): CalendarItem => ({ kind: 'meeting', meeting: { ...m, uid: m.uid! } })),
      ...stored.events
        .filter((e) => eventIds.has(e.id))
        .map((e): CalendarItem => ({
          kind: 'event',
          event: { ...e, uid: e.uid! },
          invitations: stored.invitations.filter((i) => i.eventId === e.id),
        })),
    ];
    return {
      fileName: `${fileSlug(name)}.ics`,
      mimeType: 'text/calendar;charset=utf-8',
      text: calendarToIcs(items, stored.contacts, now),
    };
  }

  private async assignUids(wanted: { meetings: string[]; events: string[] }): Promise<Data> {
    const data = this.deps.store.read();
    const meetingIds = new Set(wanted.meetings);
    const eventIds = new Set(wanted.events);
    const missing =
      data.meetings.some((m) => meetingIds.has(m.id) && !m.uid) ||
      data.events.some((e) => eventIds.has(e.id) && !e.uid);
    if (!missing) return data;
    await this.deps.store.update((d) => {
      for (const m of d.meetings) {
        if (meetingIds.has(m.id) && !m.uid) Object.assign(m, { uid: this.newUid(), sequence: 0 });
      }
      for (const e of d.events) {
        if (eventIds.has(e.id) && !e.uid) Object.assign(e, { uid: this.newUid(), sequence: 0 });
      }
    });
    return this.deps.store.read();
  }
}
