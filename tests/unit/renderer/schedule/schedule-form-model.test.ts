import { describe, expect, it } from 'vitest';
import type { ScheduleSettings } from '../../../../electron/shared/schedule';
import {
  crossesMidnight,
  describeScheduleField,
  docFromForm,
  emptyWindow,
  formFromDoc,
  isOverlapMessage,
  windowFromDraft,
  type WindowDraft,
} from '../../../../renderer/src/features/schedule/scheduleFormModel';

const current: ScheduleSettings = {
  version: 1,
  schedule: {
    timeZone: null,
    windows: [{ id: 'a', days: [3, 1], start: '12:00', end: '12:45', label: 'LinkedIn' }],
    reminderLeadMin: 10,
    closingMin: 5,
  },
  exceptions: {
    daysOff: [{ from: '2026-12-24', to: '2026-12-26', reason: 'holiday' }],
    extraWindows: [],
  },
};

const draft = (fields: Partial<WindowDraft>): WindowDraft => ({
  key: 'k',
  id: 'w',
  days: [],
  start: '12:00',
  end: '12:45',
  label: '',
  ...fields,
});

describe('the schedule form from the stored schedule', () => {
  it('shows the computer’s zone as empty and minutes as text', () => {
    const form = formFromDoc(current);
    expect(form).toMatchObject({ timeZone: '', reminderLeadMin: '10', closingMin: '5' });
    expect(form.windows[0]).toMatchObject({ id: 'a', days: [3, 1], label: 'LinkedIn' });
  });

  it('gives every window a key of its own, and a new window its id as key', () => {
    const [first] = formFromDoc(current).windows;
    const [again] = formFromDoc(current).windows;
    expect(first!.key).not.toBe(again!.key);
    const fresh = emptyWindow();
    expect(fresh).toMatchObject({ key: fresh.id, days: [], start: '12:00', end: '12:45' });
    expect(emptyWindow().id).not.toBe(fresh.id);
  });
});

describe('a window as saved', () => {
  it('has its days in order, its label trimmed, and no label when blank', () => {
    expect(windowFromDraft(draft({ days: [5, 1, 3], label: '  Mastodon ' }))).toEqual({
      id: 'w',
      days: [1, 3, 5],
      start: '12:00',
      end: '12:45',
      label: 'Mastodon',
    });
    expect(windowFromDraft(draft({ label: '   ' }))).not.toHaveProperty('label');
  });
});

describe('the document to save', () => {
  it('sends whole minutes as numbers and anything else as typed, for the host to explain', () => {
    const form = { ...formFromDoc(current), reminderLeadMin: ' 15 ', closingMin: '2.5' };
    const doc = docFromForm(form, current);
    expect(doc.schedule.reminderLeadMin).toBe(15);
    expect(doc.schedule.closingMin).toBe('2.5');
    expect(docFromForm({ ...form, closingMin: '  ' }, current).schedule.closingMin).toBe('');
  });

  it('keeps the exceptions and version as stored, and an empty zone as the computer’s', () => {
    const doc = docFromForm(formFromDoc(current), current);
    expect(doc.version).toBe(1);
    expect(doc.exceptions).toBe(current.exceptions);
    expect(doc.schedule.timeZone).toBeNull();
    expect(
      docFromForm({ ...formFromDoc(current), timeZone: 'Europe/Lisbon' }, current).schedule,
    ).toMatchObject({ timeZone: 'Europe/Lisbon' });
  });
});

describe('window rules in the form', () => {
  it('a window crosses midnight when it ends before it starts, not when a time is missing', () => {
    expect(crossesMidnight({ start: '23:00', end: '01:00' })).toBe(true);
    expect(crossesMidnight({ start: '09:00', end: '10:00' })).toBe(false);
    expect(crossesMidnight({ start: '09:00', end: '09:00' })).toBe(false);
    expect(crossesMidnight({ start: '', end: '01:00' })).toBe(false);
    expect(crossesMidnight({ start: '23:00', end: '' })).toBe(false);
  });

  it('merging is offered for a message about overlapping windows', () => {
    expect(isOverlapMessage('Windows 1 and 2 overlap on Monday.')).toBe(true);
    expect(isOverlapMessage('Overlapping windows')).toBe(true);
    expect(isOverlapMessage('A window needs a day.')).toBe(false);
  });

  it('a field is named in the form’s words', () => {
    const form = formFromDoc(current);
    expect(describeScheduleField('closingMin', form)).toBe('Closing notice');
    expect(describeScheduleField('timeZone', form)).toBe('Time zone');
    expect(describeScheduleField('window:a:end', form)).toBe('Window 1');
    expect(describeScheduleField('window:gone:end', form)).toBe('a removed window');
  });
});
