/**
 * "New event" / "Edit event" as data: the draft as typed, the draft of a saved event, the checks
 * made in the window and where the host's issues land. The form (EventForm.tsx) shows and sends it.
 */
import type {
  EventKind,
  MyEventStatus,
  NetworkEvent,
} from '../../../../electron/shared/crm/networking-event';
import type { FieldIssue } from '../../../../electron/shared/result';
import { flatCodec } from '../../lib/storedForm';
import { clockTime, localDate, zonedInstant } from '../../lib/time';

/** Field ids: `event-name`… for the new event; `<prefix>-name`… for an event being edited. */
export function fieldIds(prefix: string) {
  return {
    name: `${prefix}-name`,
    kind: `${prefix}-kind`,
    start: `${prefix}-start-date`,
    startTime: `${prefix}-start-time`,
    end: `${prefix}-end-date`,
    endTime: `${prefix}-end-time`,
    place: `${prefix}-place`,
    city: `${prefix}-city`,
    link: `${prefix}-link`,
    notes: `${prefix}-notes`,
    myStatus: `${prefix}-my-status-going`,
  } as const;
}
export type FieldKey = keyof ReturnType<typeof fieldIds>;
export type EventErrors = Partial<Record<FieldKey, string>>;

export interface EventDraft {
  [field: string]: string;
  name: string;
  kind: EventKind;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  city: string;
  link: string;
  notes: string;
  myStatus: MyEventStatus;
}

export const eventCodec = flatCodec<EventDraft>();

/** Field names in the form's words, for "changed elsewhere". */
export const EVENT_FIELDS: Record<string, string> = {
  name: 'Name',
  kind: 'Kind',
  startDate: 'Start date',
  startTime: 'Start time',
  endDate: 'End date',
  endTime: 'End time',
  place: 'Place',
  city: 'City',
  link: 'Link',
  notes: 'Notes',
  myStatus: 'Your answer',
};

export const EMPTY_EVENT: EventDraft = {
  name: '',
  kind: 'meetup',
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  place: '',
  city: '',
  link: '',
  notes: '',
  myStatus: 'going',
};

/** What the form shows for a saved event, in `timeZone`; a same-day end leaves End date empty. */
export function draftOf(event: NetworkEvent, timeZone: string): EventDraft {
  const startDate = localDate(event.start, timeZone);
  const endDate = localDate(event.end, timeZone);
  return {
    name: event.name,
    kind: event.kind,
    startDate,
    startTime: clockTime(event.start, timeZone),
    endDate: endDate === startDate ? '' : endDate,
    endTime: clockTime(event.end, timeZone),
    place: event.place,
    city: event.city,
    link: event.link ?? '',
    notes: event.notes,
    myStatus: event.myStatus,
  };
}

export type EventCheck =
  { ok: true; start: string; end: string } | { ok: false; errors: EventErrors };

/**
 * Checks what can be checked here, in `timeZone`: a name, and a start and end that exist (an
 * empty End date is the start's day). The host checks the rest.
 */
export function checkEvent(draft: EventDraft, timeZone: string): EventCheck {
  const found: EventErrors = {};
  if (!draft.name.trim()) found.name = 'An event needs a name.';
  const endDate = draft.endDate || draft.startDate;
  const start = zonedInstant(draft.startDate, draft.startTime, timeZone);
  const end = zonedInstant(endDate, draft.endTime, timeZone);
  if (!draft.startDate) found.start = 'Choose the day it starts.';
  else if (!draft.startTime) found.startTime = 'Choose the time it starts.';
  else if (!start) found.startTime = 'That time does not exist on that day. Choose another.';
  if (!draft.endTime) found.endTime = 'Choose the time it ends.';
  else if (!end && endDate) found.endTime = 'That time does not exist on that day.';
  if (Object.keys(found).length > 0 || !start || !end) return { ok: false, errors: found };
  return { ok: true, start, end };
}

/** The host's issues on their fields (its `end` is the end time), the first one each. */
export function eventErrorsFromIssues(
  issues: readonly FieldIssue[],
  ids: ReturnType<typeof fieldIds>,
): EventErrors {
  const byField: EventErrors = {};
  for (const issue of issues) {
    const key = issue.path.split('.')[0] ?? '';
    if (key === 'end') byField.endTime ??= issue.message;
    else if (key in ids) byField[key as FieldKey] ??= issue.message;
  }
  return byField;
}
