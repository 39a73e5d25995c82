import { describe, expect, it } from 'vitest';
import { transitionNotifications } from '../../../electron/core/boundaries/notification-rules';
import { NotificationPrefsSchema } from '../../../electron/shared/boundaries';
import type { ScheduleState, WindowOccurrence } from '../../../electron/shared/schedule';

const window: WindowOccurrence = {
  start: new Date('2026-03-02T12:00:00Z'),
  end: new Date('2026-03-02T12:45:00Z'),
  label: 'Outreach',
  source: 'weekly',
};
const later = {
  start: new Date('2026-03-04T12:00:00Z'),
  end: new Date('2026-03-04T12:45:00Z'),
  source: 'weekly' as const,
};
const s = (state: ScheduleState['state'], current?: WindowOccurrence): ScheduleState => ({
  state,
  ...(current ? { current } : {}),
  nextBoundary: null,
});
const prefs = NotificationPrefsSchema.parse({});
const kinds = (
  prev: ScheduleState,
  next: ScheduleState,
  late = false,
  at = '2026-03-02T11:55:00Z',
  p = prefs,
) =>
  transitionNotifications(prev, next, { late, cause: 'timer' }, new Date(at), 'UTC', p).map(
    (n) => n.kind,
  );

describe('transitionNotifications', () => {
  it('announces each edge of a window once', () => {
    expect(kinds(s('off'), s('upcoming', window))).toEqual(['window-upcoming']);
    expect(kinds(s('upcoming', window), s('open', window))).toEqual(['window-opened']);
    expect(kinds(s('open', window), s('closing', window))).toEqual(['window-closing']);
    expect(kinds(s('closing', window), s('off'))).toEqual(['window-closed']);
    expect(kinds(s('closing', window), s('overtime', window))).toEqual([]);
    expect(kinds(s('overtime', window), s('off'))).toEqual(['window-closed']);
    expect(kinds(s('closing', window), s('upcoming', later))).toEqual([
      'window-closed',
      'window-upcoming',
    ]);
  });

  it('words them for people', () => {
    const [upcoming] = transitionNotifications(
      s('off'),
      s('upcoming', window),
      { late: false, cause: 'timer' },
      new Date('2026-03-02T11:55:00Z'),
      'Europe/Madrid',
      prefs,
    );
    expect(upcoming).toMatchObject({
      title: 'Networking window at 13:00 (Outreach)',
      body: expect.stringMatching(/^Starts in 5 min/),
      key: 'upcoming:2026-03-02T12:00:00.000Z',
    });
  });

  it('after a sleep (late) says only what is still true', () => {
    expect(kinds(s('off'), s('upcoming', window), true)).toEqual([]);
    expect(kinds(s('off'), s('open', window), true)).toEqual(['window-opened']);
    expect(kinds(s('open', window), s('closing', window), true)).toEqual([]);
    expect(kinds(s('open', window), s('off'), true)).toEqual([]);
  });

  it('respects the kinds turned off in Settings', () => {
    const quiet = { ...prefs, 'window-upcoming': false, 'window-closed': false };
    expect(kinds(s('off'), s('upcoming', window), false, undefined, quiet)).toEqual([]);
    expect(kinds(s('closing', window), s('off'), false, undefined, quiet)).toEqual([]);
  });
});
