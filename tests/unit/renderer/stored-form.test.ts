import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScheduleSettings } from '../../../electron/shared/schedule';
import {
  formFromDoc,
  scheduleCodec,
  type ScheduleForm,
} from '../../../renderer/src/features/schedule/scheduleFormModel';
import {
  changedPaths,
  dirtyPaths,
  editForm,
  flatCodec,
  keepEdits,
  startForm,
  storedChanged,
  takeSaved,
} from '../../../renderer/src/lib/storedForm';

type Budgets = { daily: string; weekly: string; breaks: boolean };
const flat = flatCodec<Budgets>();
const stored: Budgets = { daily: '60', weekly: '300', breaks: false };

describe('a form that shows stored data', () => {
  it('takes an outside change at once while it has no edits', () => {
    const state = storedChanged(startForm(stored), { ...stored, daily: '45' }, flat);
    expect(state.draft).toEqual({ ...stored, daily: '45' });
    expect(state.elsewhere).toBeNull();
    expect(dirtyPaths(state, flat)).toEqual([]);
  });

  it('with edits, keeps them, takes the other fields from the store, and says so', () => {
    const edited = editForm(startForm(stored), { ...stored, weekly: '240' });
    const state = storedChanged(edited, { ...stored, daily: '45' }, flat);
    expect(state.draft).toEqual({ daily: '45', weekly: '240', breaks: false });
    expect(state.elsewhere).toEqual({ paths: ['daily'], conflicts: [] });
    // Only the user's own edit is left to save.
    expect(dirtyPaths(state, flat)).toEqual(['weekly']);
  });

  it('never overwrites an edited field silently: the clash is named', () => {
    const edited = editForm(startForm(stored), { ...stored, daily: '90' });
    const state = storedChanged(edited, { ...stored, daily: '45' }, flat);
    expect(state.draft.daily).toBe('90');
    expect(state.elsewhere).toEqual({ paths: ['daily'], conflicts: ['daily'] });
    expect(takeSaved(state).draft).toEqual({ ...stored, daily: '45' });
    expect(keepEdits(state).draft.daily).toBe('90');
    expect(keepEdits(state).elsewhere).toBeNull();
  });

  it('says nothing when the change is its own save arriving', () => {
    const edited = editForm(startForm(stored), { ...stored, daily: '90' });
    const state = storedChanged(edited, { ...stored, daily: '90' }, flat);
    expect(state.elsewhere).toBeNull();
    expect(dirtyPaths(state, flat)).toEqual([]);
  });

  const budgets = fc.record({
    daily: fc.constantFrom('', '30', '60', '90'),
    weekly: fc.constantFrom('', '120', '300'),
    breaks: fc.boolean(),
  });

  it('property: saving after an outside change never puts back an old value of an untouched field', () => {
    fc.assert(
      fc.property(budgets, budgets, budgets, (base, draft, next) => {
        const state = storedChanged(editForm(startForm(base), draft), next, flat);
        for (const path of changedPaths(base, next) as (keyof Budgets)[]) {
          const edited = draft[path] !== base[path];
          // What is saved: the user's value for a field they edited, the store's otherwise.
          expect(state.draft[path]).toBe(edited ? draft[path] : next[path]);
        }
        for (const path of changedPaths(base, draft) as (keyof Budgets)[]) {
          expect(state.draft[path]).toBe(draft[path]);
        }
        // Anything the user edited that now differs from the store is reported or dirty.
        if (changedPaths(state.draft, next).length > 0 && changedPaths(base, next).length > 0) {
          expect(state.elsewhere).not.toBeNull();
        }
      }),
    );
  });
});

const doc = (windows: ScheduleSettings['schedule']['windows']): ScheduleSettings =>
  ({
    version: 1,
    schedule: { timeZone: 'Europe/London', windows, reminderLeadMin: 5, closingMin: 5 },
    exceptions: { daysOff: [], extraWindows: [] },
  }) as ScheduleSettings;

describe('the schedule form, window by window', () => {
  const before = doc([
    { id: 'a', days: [1, 3], start: '12:00', end: '12:45', label: 'LinkedIn' },
    { id: 'b', days: [5], start: '09:00', end: '09:40' },
  ]);
  // Insights made the windows 25% shorter.
  const shorter = doc([
    { id: 'a', days: [1, 3], start: '12:00', end: '12:35', label: 'LinkedIn' },
    { id: 'b', days: [5], start: '09:00', end: '09:30' },
  ]);

  it('an edit of one window and the reminder keeps the other changes made elsewhere', () => {
    const start = startForm(formFromDoc(before));
    const edited = editForm(start, {
      ...start.draft,
      reminderLeadMin: '10',
      windows: start.draft.windows.map((w) => (w.id === 'b' ? { ...w, label: 'Mastodon' } : w)),
    });
    const state = storedChanged(edited, formFromDoc(shorter), scheduleCodec);
    const ends = state.draft.windows.map((w) => `${w.id} ${w.end} ${w.label}`);
    expect(ends).toEqual(['a 12:35 LinkedIn', 'b 09:30 Mastodon']);
    expect(state.draft.reminderLeadMin).toBe('10');
    // The windows keep their keys (nothing on screen is rebuilt).
    expect(state.draft.windows.map((w) => w.key)).toEqual(start.draft.windows.map((w) => w.key));
    expect(state.elsewhere?.paths).toEqual(['window:a:end', 'window:b:end']);
    expect(state.elsewhere?.conflicts).toEqual([]);
  });

  it('a window removed here stays removed; a window added elsewhere arrives', () => {
    const start = startForm(formFromDoc(before));
    const edited = editForm(start, {
      ...start.draft,
      windows: start.draft.windows.filter((w) => w.id !== 'b'),
    });
    const added = doc([
      ...shorter.schedule.windows,
      { id: 'c', days: [2], start: '18:00', end: '18:30' },
    ]);
    const state: { draft: ScheduleForm } = storedChanged(edited, formFromDoc(added), scheduleCodec);
    expect(state.draft.windows.map((w) => `${w.id} ${w.end}`)).toEqual(['a 12:35', 'c 18:30']);
  });
});
