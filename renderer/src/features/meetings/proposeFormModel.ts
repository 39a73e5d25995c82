/**
 * "Propose a meeting" as data: the draft as typed, its first values, the checks made in the window
 * and where the host's issues land. The form (ProposeForm.tsx) only shows and sends it.
 */
import type { MeetingKind } from '../../../../electron/shared/crm/meeting';
import type { NetworkEvent } from '../../../../electron/shared/crm/networking-event';
import type { FieldIssue } from '../../../../electron/shared/result';
import { zonedInstant } from '../../lib/time';

/** Field ids, shared with the form so messages land next to their control. */
export const FIELD_IDS = {
  kind: 'meeting-kind-coffee',
  date: 'meeting-date',
  time: 'meeting-time',
  durationMin: 'meeting-duration',
  place: 'meeting-place',
  contactIds: 'meeting-people-search',
  agenda: 'meeting-agenda',
} as const;
export type FieldKey = keyof typeof FIELD_IDS;
export type ProposeErrors = Partial<Record<FieldKey, string>>;

export interface ProposeDraft {
  kind: MeetingKind;
  date: string;
  time: string;
  duration: string;
  place: string;
  contactIds: string[];
  agenda: string;
}

export const DEFAULT_MINUTES: Record<MeetingKind, string> = {
  coffee: '45',
  lunch: '60',
  call: '30',
  visit: '60',
  walk: '45',
};

/** A coffee with `preselect`; around an event in their city, there, and about that. */
export function firstProposal(
  preselect: string | null,
  around: Pick<NetworkEvent, 'name' | 'city'> | null,
): ProposeDraft {
  return {
    kind: 'coffee',
    date: '',
    time: '',
    duration: DEFAULT_MINUTES.coffee,
    place: around?.city ?? '',
    contactIds: preselect ? [preselect] : [],
    agenda: around ? `Catching up while I'm in ${around.city} for ${around.name}` : '',
  };
}

/** Checks what can be checked here; the host checks the rest (and says so in `issues`). */
export function checkProposal(draft: ProposeDraft, timeZone: string): ProposeErrors {
  const errors: ProposeErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'Choose the day.';
  if (!/^\d{2}:\d{2}$/.test(draft.time)) errors.time = 'Choose the time.';
  else if (!errors.date && !zonedInstant(draft.date, draft.time, timeZone))
    errors.time = 'That time does not exist on that day (the clocks change). Choose another.';
  const minutes = Number(draft.duration);
  if (!/^\d+$/.test(draft.duration.trim()) || minutes < 5 || minutes > 1440)
    errors.durationMin = 'A meeting lasts from 5 to 1440 minutes.';
  if (draft.contactIds.length === 0) errors.contactIds = 'Choose who you are meeting.';
  return errors;
}

/** The host's issues on their fields (its `start` is the form's date), the first one each. */
export function proposeErrorsFromIssues(issues: readonly FieldIssue[]): ProposeErrors {
  const byField: ProposeErrors = {};
  for (const issue of issues) {
    const key = issue.path.split('.')[0] as FieldKey | 'start';
    if (key === 'start') byField.date ??= issue.message;
    else if (key in FIELD_IDS) byField[key] ??= issue.message;
  }
  return byField;
}
