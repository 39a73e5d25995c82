import type { Meeting, MeetingKind } from '../../../../electron/shared/crm/meeting';
import { clockTime, dayLabel, localDate, minutesText } from '../../lib/time';

export const KIND_LABELS: Record<MeetingKind, string> = {
  coffee: 'Coffee',
  lunch: 'Lunch',
  call: 'Call',
  visit: 'Visit',
  walk: 'Walk',
};

export const KINDS = Object.keys(KIND_LABELS) as MeetingKind[];

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function namesText(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'someone';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The people of a meeting, by name (a contact no longer there is "someone"). */
export function meetingNames(meeting: Meeting, names: ReadonlyMap<string, string>): string[] {
  return meeting.contactIds.map((id) => names.get(id) ?? 'someone');
}

/** "Coffee with Ana Lima". */
export function meetingTitle(meeting: Meeting, names: ReadonlyMap<string, string>): string {
  return `${KIND_LABELS[meeting.kind]} with ${namesText(meetingNames(meeting, names))}`;
}

/** "Wed 2 Dec, 12:00–12:45 (45 min)" in `timeZone`. */
export function whenText(meeting: Meeting, timeZone: string): string {
  const end = new Date(Date.parse(meeting.start) + meeting.durationMin * 60_000).toISOString();
  const day = dayLabel(localDate(meeting.start, timeZone));
  return `${day}, ${clockTime(meeting.start, timeZone)}–${clockTime(end, timeZone)} (${minutesText(meeting.durationMin)})`;
}

/** An OpenStreetMap search for a place (the same link the core's mapLink builds), or null. */
export function mapLink(place: string): string | null {
  const query = place.trim();
  if (!query) return null;
  const url = new URL('https://www.openstreetmap.org/search');
  url.searchParams.set('query', query);
  return url.toString();
}
