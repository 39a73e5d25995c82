import type { NotificationPrefs } from '../../shared/boundaries';
import type { ScheduleState, WindowOccurrence } from '../../shared/schedule';
import type { PlannedNotification } from '../notifications/notification-ledger';
import type { TransitionInfo } from '../schedule/scheduler';
import { clockTime, minutesUntil } from './format-time';

const IN_WINDOW = new Set(['open', 'closing', 'overtime']);
const label = (w: WindowOccurrence | undefined) => (w?.label ? ` (${w.label})` : '');
const keyOf = (kind: string, w: WindowOccurrence) => `${kind}:${w.start.toISOString()}`;

/**
 * Pure: the notifications a schedule transition raises. Notices about a moment ("starts in 5
 * minutes", "5 minutes left", "closed") are skipped when the transition is late (the machine slept
 * through it): only "the window is open", still true, is worth saying then.
 */
export function transitionNotifications(
  previous: ScheduleState,
  next: ScheduleState,
  info: TransitionInfo,
  now: Date,
  timeZone: string,
  prefs: NotificationPrefs,
  /**
   * The window was closed before its end by a change (a day off, a new schedule): not a moment
   * slept through, so "closed" is said even though the new state looks as if it began earlier.
   */
  closedEarly = false,
): PlannedNotification[] {
  const out: PlannedNotification[] = [];
  const wasIn = IN_WINDOW.has(previous.state);
  const isIn = IN_WINDOW.has(next.state);
  const sameWindow =
    previous.current &&
    next.current &&
    previous.current.start.getTime() === next.current.start.getTime();

  if (wasIn && previous.current && (!isIn || !sameWindow) && (!info.late || closedEarly)) {
    out.push({
      kind: 'window-closed',
      key: keyOf('closed', previous.current),
      title: 'Networking window closed',
      body: 'Nicely done. How did it feel? A short check-in helps you see what is worth your time.',
      route: 'today',
    });
  }
  if (next.state === 'upcoming' && next.current && !info.late) {
    out.push({
      kind: 'window-upcoming',
      key: keyOf('upcoming', next.current),
      title: `Networking window at ${clockTime(next.current.start, timeZone)}${label(next.current)}`,
      body: `Starts in ${minutesUntil(now, next.current.start)} min. Anything you want to follow up on?`,
      route: 'schedule',
    });
  }
  if (
    (next.state === 'open' || next.state === 'closing') &&
    next.current &&
    (!wasIn || !sameWindow)
  ) {
    out.push({
      kind: 'window-opened',
      key: keyOf('opened', next.current),
      title: `Networking window open${label(next.current)}`,
      body: `Until ${clockTime(next.current.end, timeZone)}. Your networking sites are unlocked.`,
      route: 'workspace',
    });
  }
  if (next.state === 'closing' && next.current && !info.late) {
    out.push({
      kind: 'window-closing',
      key: keyOf('closing', next.current),
      title: `${minutesUntil(now, next.current.end)} minutes left`,
      body: 'Time to wrap up: send that last reply, note a follow-up.',
      route: 'workspace',
    });
  }
  return out.filter((n) => prefs[n.kind]);
}
