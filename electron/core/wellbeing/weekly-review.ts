import type { ReconnectItem } from '../../shared/crm/crm-views';
import type { ScheduleStateInput } from '../../shared/schedule';
import type { CheckIn, ReviewTime, Session, WeeklyReview } from '../../shared/wellbeing';
import { occurrencesBetween } from '../schedule/occurrences';
import { localDayNum, parseLocalDate, startOfLocalDay } from '../schedule/zoned-time';
import type { Data } from '../store/data-schema';
import { prefillWins } from './check-in-prefill';
import { dateOf, mondayOf } from './local-weeks';
import { typedWins } from './typed-wins';

const RECONNECT_TOP = 5;
/** A day with at least this many workspace minutes is a networking day; others are offline. */
const NETWORKING_DAY_MIN = 1;

/**
 * Pure: when this week's review is due: `minutesBeforeEnd` before the end of the week's last
 * window as scheduled (0 = as it closes; never before the window starts). Days off do not move
 * it: a week whose last windows were taken off still gets its review then. Null in a week without
 * windows.
 */
export function reviewAt(input: ScheduleStateInput, now: Date, pref: ReviewTime): Date | null {
  const monday = mondayOf(localDayNum(input.timeZone, now.getTime()));
  const windows = occurrencesBetween(
    { ...input, exceptions: { ...input.exceptions, daysOff: [] } },
    new Date(startOfLocalDay(input.timeZone, monday)),
    new Date(startOfLocalDay(input.timeZone, monday + 7)),
  );
  const last = windows.at(-1);
  if (!last) return null;
  const at = Math.max(last.start.getTime(), last.end.getTime() - pref.minutesBeforeEnd * 60_000);
  return new Date(at);
}

export interface WeeklyReviewInput {
  now: Date;
  schedule: ScheduleStateInput;
  data: Pick<Data, 'contacts' | 'interactions' | 'meetings' | 'boundaries'>;
  sessions: readonly Session[];
  checkIns: readonly CheckIn[];
  reconnect: readonly ReconnectItem[];
  weeklyBudgetMin: number | null;
  reviewTime: ReviewTime;
}

/** Pure: the weekly review's one screen: time spent, wins, who to reconnect with, next week. */
export function weeklyReview(input: WeeklyReviewInput): WeeklyReview {
  const zone = input.schedule.timeZone;
  const today = localDayNum(zone, input.now.getTime());
  const monday = mondayOf(today);
  const weekStart = startOfLocalDay(zone, monday);
  const inWeek = (iso: string) => {
    const d = localDayNum(zone, Date.parse(iso));
    return d >= monday && d <= today;
  };
  let minutes = 0;
  const usedDays = new Set<number>();
  for (const u of input.data.boundaries.usage) {
    const d = parseLocalDate(u.day);
    if (d < monday || d > today) continue;
    minutes += u.minutes;
    if (u.minutes >= NETWORKING_DAY_MIN) usedDays.add(d);
  }
  const sessions = input.sessions.filter((s) => inWeek(s.start));
  // A window that passed unused is no networking day: only time spent in it counts.
  for (const s of sessions) {
    if (s.activeMin >= NETWORKING_DAY_MIN) usedDays.add(localDayNum(zone, Date.parse(s.start)));
  }
  const checkIns = input.checkIns.filter((c) => inWeek(c.at));
  const logged = prefillWins(
    input.data,
    new Date(weekStart).toISOString(),
    input.now.toISOString(),
  );
  const typed = typedWins(input.data, input.sessions, checkIns);
  const next = occurrencesBetween(
    input.schedule,
    new Date(startOfLocalDay(zone, monday + 7)),
    new Date(startOfLocalDay(zone, monday + 14)),
  );
  const due = reviewAt(input.schedule, input.now, input.reviewTime);
  return {
    week: dateOf(monday),
    timeZone: zone,
    minutes: Math.round(minutes * 10) / 10,
    weeklyBudgetMin: input.weeklyBudgetMin,
    sessions: sessions.length,
    offlineDays: today - monday + 1 - usedDays.size,
    energyAvg:
      checkIns.length > 0
        ? Math.round((checkIns.reduce((n, c) => n + c.energy, 0) / checkIns.length) * 10) / 10
        : null,
    // What was logged in Netwell, plus what check-ins added on top (a meeting booked by phone).
    wins: {
      newContacts: logged.newContacts + typed.newContacts,
      followUpsSent: logged.followUpsSent + typed.followUpsSent,
      meetingsBooked: logged.meetingsBooked + typed.meetingsBooked,
    },
    reconnect: input.reconnect.slice(0, RECONNECT_TOP).map((r) => ({
      contactId: r.contact.id,
      name: r.contact.name,
      why: r.lastAt
        ? `Due since ${r.dueOn}, ${r.overdueDays} days overdue`
        : `Due since ${r.dueOn}, not in touch yet`,
    })),
    nextWindows: next.map((w) => ({
      start: w.start.toISOString(),
      end: w.end.toISOString(),
      ...(w.label ? { label: w.label } : {}),
    })),
    reviewAt: due ? due.toISOString() : null,
  };
}
