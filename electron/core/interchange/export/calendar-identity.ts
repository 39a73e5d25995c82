/** The iCalendar identity a meeting or event carries: a stable UID and a revision SEQUENCE. */
export interface CalendarIdentity {
  uid?: string | undefined;
  sequence?: number | undefined;
}

/** A new record's identity: a fresh UID at revision 0. */
export const newCalendarIdentity = (newId: () => string) => ({ uid: newId(), sequence: 0 });

/**
 * The identity after an edit (RFC 5545 §3.8.7.4: SEQUENCE goes up with each revision, so a calendar
 * that imported the record replaces its copy). A record that was never exported has no UID yet and
 * keeps none: its first export gives it one at revision 0.
 */
export function revisedCalendarIdentity(previous: CalendarIdentity): CalendarIdentity {
  if (!previous.uid) return {};
  return { uid: previous.uid, sequence: (previous.sequence ?? 0) + 1 };
}
