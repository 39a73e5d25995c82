/**
 * The part of a VEVENT that Netwell syncs, as plain data. Times are canonical strings, so two
 * fields compare with ===: an instant is UTC to the second ("2026-03-30T10:00:00Z"); an all-day
 * event has dates ("2026-03-30") and, as in iCalendar, an exclusive end (a one-day event ends the
 * next day).
 */
export type Partstat = 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE' | 'DELEGATED';
export type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface EventPerson {
  email: string;
  name: string;
}

export interface EventAttendee extends EventPerson {
  partstat: Partstat;
}

export interface EventFields {
  summary: string;
  location: string;
  description: string;
  /** ISO instants (UTC 'Z'); all-day events: allDay true and start/end 'YYYY-MM-DD'. */
  start: string;
  end: string;
  allDay: boolean;
  status: EventStatus;
  organizer: EventPerson | null;
  attendees: EventAttendee[];
  sequence: number;
}

export const PARTSTATS: readonly Partstat[] = [
  'NEEDS-ACTION',
  'ACCEPTED',
  'DECLINED',
  'TENTATIVE',
  'DELEGATED',
];
export const EVENT_STATUSES: readonly EventStatus[] = ['CONFIRMED', 'TENTATIVE', 'CANCELLED'];

/** What the conflict dialog calls each field. */
export const EVENT_FIELD_LABELS: Record<keyof EventFields, string> = {
  summary: 'Title',
  location: 'Place',
  description: 'Notes',
  start: 'Time',
  end: 'Time',
  allDay: 'All day',
  status: 'Status',
  organizer: 'Organizer',
  attendees: 'Guests',
  sequence: 'Revision',
};

/** An instant in the canonical form: UTC, whole seconds, no milliseconds. */
export const canonicalInstant = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Emails compare without case (the local part rarely matters in practice, and servers fold it). */
export const emailKey = (email: string): string => email.trim().toLowerCase();

/** A person's text form in a conflict ("Ana <ana@example.org>"). */
export const personText = (person: EventPerson | null): string =>
  person ? (person.name ? `${person.name} <${person.email}>` : person.email) : '';
