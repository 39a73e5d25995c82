import type { CallInput } from '../../../../electron/shared/contract';
import type { ScheduleSettings, WeeklyWindow } from '../../../../electron/shared/schedule';
import type { FieldCodec, Fields } from '../../lib/storedForm';

/** One weekly window as the form holds it: text as typed, and a key that never changes. */
export interface WindowDraft {
  key: string;
  id: string;
  days: number[];
  start: string;
  end: string;
  label: string;
}

export interface ScheduleForm {
  /** '' = the computer's time zone. */
  timeZone: string;
  windows: WindowDraft[];
  reminderLeadMin: string;
  closingMin: string;
}

let counter = 0;

/** A fresh id for a window (ids only need to be unique within the schedule). */
export function newWindowId(): string {
  counter += 1;
  return `w-${Date.now().toString(36)}-${counter.toString(36)}`;
}

export function draftFromWindow(window: WeeklyWindow): WindowDraft {
  return {
    key: newWindowId(),
    id: window.id,
    days: [...window.days],
    start: window.start,
    end: window.end,
    label: window.label ?? '',
  };
}

export function emptyWindow(): WindowDraft {
  const id = newWindowId();
  return { key: id, id, days: [], start: '12:00', end: '12:45', label: '' };
}

export function formFromDoc(doc: ScheduleSettings): ScheduleForm {
  return {
    timeZone: doc.schedule.timeZone ?? '',
    windows: doc.schedule.windows.map(draftFromWindow),
    reminderLeadMin: String(doc.schedule.reminderLeadMin),
    closingMin: String(doc.schedule.closingMin),
  };
}

export function windowFromDraft(draft: WindowDraft): WeeklyWindow {
  const label = draft.label.trim();
  return {
    id: draft.id,
    days: [...draft.days].sort((a, b) => a - b),
    start: draft.start,
    end: draft.end,
    ...(label ? { label } : {}),
  };
}

/** Minutes as typed; anything that is not a whole number goes as is, so the host can explain. */
function minutes(text: string): number | string {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** The document to save: the form's weekly part with the exceptions as they are now. */
export function docFromForm(
  form: ScheduleForm,
  current: ScheduleSettings,
): CallInput<'schedule.save'> {
  return {
    version: current.version,
    schedule: {
      timeZone: form.timeZone || null,
      windows: form.windows.map(windowFromDraft),
      reminderLeadMin: minutes(form.reminderLeadMin),
      closingMin: minutes(form.closingMin),
    },
    exceptions: current.exceptions,
  };
}

/** True when the message is about windows overlapping (then merging is offered). */
export function isOverlapMessage(message: string): boolean {
  return /overlap/i.test(message);
}

/** True when a window runs past midnight (its end is not after its start). */
export function crossesMidnight(draft: Pick<WindowDraft, 'start' | 'end'>): boolean {
  return draft.start !== '' && draft.end !== '' && draft.end < draft.start;
}

/**
 * The schedule form field by field, each window by its id: an outside change of one window's end
 * and an edit of another window's label (or of the reminder) are different fields.
 */
export const scheduleCodec: FieldCodec<ScheduleForm> = {
  toFields(form) {
    const fields: Fields = {
      timeZone: form.timeZone,
      reminderLeadMin: form.reminderLeadMin,
      closingMin: form.closingMin,
    };
    for (const w of form.windows) {
      fields[`window:${w.id}`] = true;
      fields[`window:${w.id}:days`] = [...w.days].sort((a, b) => a - b);
      fields[`window:${w.id}:start`] = w.start;
      fields[`window:${w.id}:end`] = w.end;
      fields[`window:${w.id}:label`] = w.label;
    }
    return fields;
  },
  fromFields(fields, like) {
    const present = Object.keys(fields)
      .filter((path) => /^window:[^:]+$/.test(path) && fields[path] === true)
      .map((path) => path.slice('window:'.length));
    // The draft's order first, then windows that arrived from elsewhere.
    const known = like.windows.map((w) => w.id).filter((id) => present.includes(id));
    const ids = [...known, ...present.filter((id) => !known.includes(id))];
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return {
      timeZone: text(fields.timeZone),
      reminderLeadMin: text(fields.reminderLeadMin),
      closingMin: text(fields.closingMin),
      windows: ids.map((id) => {
        const days = fields[`window:${id}:days`];
        return {
          key: like.windows.find((w) => w.id === id)?.key ?? newWindowId(),
          id,
          days: Array.isArray(days) ? (days as number[]) : [],
          start: text(fields[`window:${id}:start`]),
          end: text(fields[`window:${id}:end`]),
          label: text(fields[`window:${id}:label`]),
        };
      }),
    };
  },
};

const FIELD_NAMES: Record<string, string> = {
  timeZone: 'Time zone',
  reminderLeadMin: 'Remind me before a window',
  closingMin: 'Closing notice',
};

/** A field of the schedule form in the form's words: "Window 2", "Closing notice". */
export function describeScheduleField(path: string, form: ScheduleForm): string {
  const named = FIELD_NAMES[path];
  if (named) return named;
  const id = /^window:([^:]+)/.exec(path)?.[1];
  const index = form.windows.findIndex((w) => w.id === id);
  return index >= 0 ? `Window ${index + 1}` : 'a removed window';
}
