import type {
  CheckIn,
  Insights,
  InsightsRange,
  Session,
  WeekInsight,
} from '../../shared/wellbeing';
import { RANGE_WEEKS } from '../../shared/wellbeing';
import { localDayNum, parseLocalDate } from '../schedule/zoned-time';
import type { Data } from '../store/data-schema';
import { invitationFraming } from './invitation-framing';
import { dateOf, lastWeeks } from './local-weeks';
import { extraWins } from './typed-wins';

export interface InsightsInput {
  range: InsightsRange;
  now: Date;
  timeZone: string;
  usage: Data['boundaries']['usage'];
  sessions: readonly Session[];
  checkIns: readonly CheckIn[];
  interactions: Data['interactions'];
  meetings: Data['meetings'];
  invitations: Data['invitations'];
  dailyBudgetMin: number | null;
  weeklyBudgetMin: number | null;
}

/** A day with less than this much networking counts as an offline day. */
const OFFLINE_BELOW_MIN = 1;
const REPLY_KINDS = new Set(['message', 'call']);
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

const emptyWeek = (week: string, budgetMin: number | null): WeekInsight => ({
  week,
  minutes: 0,
  budgetMin,
  sessions: 0,
  overrides: 0,
  checkIns: 0,
  chores: 0,
  energyAvg: null,
  meetingsBooked: 0,
  replies: 0,
  inPerson: 0,
  online: 0,
  offlineDays: 0,
});

/**
 * Pure: the Insights page's numbers for the last 4, 13 or 52 weeks (the current one included) in
 * the user's time zone. Minutes come from the usage ledger (every active workspace minute),
 * sessions and check-ins from the wellbeing records, outcomes from the CRM. One pass over each
 * collection, so a year stays fast.
 */
export function computeInsights(input: InsightsInput): Insights {
  const { timeZone: zone } = input;
  const span = lastWeeks(zone, input.now, RANGE_WEEKS[input.range]);
  const dayCount = span.today - span.first + 1;
  const dayMinutes = new Array<number>(dayCount).fill(0);
  const daySessions = new Array<number>(dayCount).fill(0);
  const weeks = Array.from({ length: span.weeks }, (_, i) =>
    emptyWeek(dateOf(span.first + 7 * i), input.weeklyBudgetMin),
  );
  const dayIndexOfInstant = (iso: string) => localDayNum(zone, Date.parse(iso)) - span.first;
  const weekOfInstant = (iso: string) => {
    const i = dayIndexOfInstant(iso);
    return i >= 0 && i < dayCount ? weeks[Math.floor(i / 7)] : undefined;
  };

  for (const u of input.usage) {
    const i = parseLocalDate(u.day) - span.first;
    if (i < 0 || i >= dayCount) continue;
    dayMinutes[i]! += u.minutes;
    weeks[Math.floor(i / 7)]!.minutes += u.minutes;
  }
  for (const s of input.sessions) {
    const i = dayIndexOfInstant(s.start);
    if (i < 0 || i >= dayCount) continue;
    // A window that passed unused is still a session, but no networking day.
    if (s.activeMin >= OFFLINE_BELOW_MIN) daySessions[i]! += 1;
    const w = weeks[Math.floor(i / 7)]!;
    w.sessions += 1;
    w.overrides += s.overrides.length;
  }
  const energySum = new Array<number>(span.weeks).fill(0);
  for (const c of input.checkIns) {
    const i = dayIndexOfInstant(c.at);
    if (i < 0 || i >= dayCount) continue;
    const wi = Math.floor(i / 7);
    const w = weeks[wi]!;
    w.checkIns += 1;
    if (c.chore) w.chores += 1;
    energySum[wi]! += c.energy;
  }
  for (const it of input.interactions) {
    const w = weekOfInstant(it.at);
    if (!w) continue;
    if (it.channel === 'in-person') w.inPerson += 1;
    else w.online += 1;
    if (it.direction === 'inbound' && REPLY_KINDS.has(it.kind)) w.replies += 1;
  }
  for (const m of input.meetings) {
    if (m.status === 'cancelled') continue;
    const w = weekOfInstant(m.createdAt);
    if (w) w.meetingsBooked += 1;
  }
  // Meetings booked that a check-in told of beyond those logged (booked by phone): the week of
  // the check-in's session.
  const sessionById = new Map(input.sessions.map((s) => [s.id, s]));
  const crm = { contacts: [], interactions: [], meetings: input.meetings };
  for (const c of input.checkIns) {
    const session = sessionById.get(c.sessionId);
    const w = session ? weekOfInstant(session.start) : weekOfInstant(c.at);
    if (!w) continue;
    w.meetingsBooked += extraWins(crm, session, c).meetingsBooked;
  }

  // Offline days: no networking minutes and no session. A streak is good news, not a gap.
  let current = 0;
  let longest = 0;
  let offlineDays = 0;
  for (let i = 0; i < dayCount; i++) {
    const offline = dayMinutes[i]! < OFFLINE_BELOW_MIN && daySessions[i] === 0;
    if (offline) {
      offlineDays += 1;
      weeks[Math.floor(i / 7)]!.offlineDays += 1;
      current += 1;
      longest = Math.max(longest, current);
    } else current = 0;
  }

  weeks.forEach((w, i) => {
    w.minutes = round1(w.minutes);
    w.energyAvg = w.checkIns > 0 ? round1(energySum[i]! / w.checkIns) : null;
  });
  const sum = (f: (w: WeekInsight) => number) => weeks.reduce((n, w) => n + f(w), 0);
  const minutes = round1(sum((w) => w.minutes));
  const meetingsBooked = sum((w) => w.meetingsBooked);
  const replies = sum((w) => w.replies);
  const inPerson = sum((w) => w.inPerson);
  const checkIns = sum((w) => w.checkIns);
  const energyTotal = energySum.reduce((a, b) => a + b, 0);

  const fromIso = new Date(Date.parse(`${dateOf(span.first)}T00:00:00Z`) - 86_400_000);
  let accepted = 0;
  let declined = 0;
  for (const inv of input.invitations) {
    // Answers in the range (a day's slack for the zone; precise enough for a ratio).
    if (!inv.answeredAt || Date.parse(inv.answeredAt) < fromIso.getTime()) continue;
    if (inv.status === 'accepted') accepted += 1;
    else if (inv.status === 'declined') declined += 1;
  }

  return {
    range: input.range,
    timeZone: zone,
    from: dateOf(span.first),
    to: dateOf(span.today),
    days: dayMinutes.map((m, i) => ({ date: dateOf(span.first + i), minutes: round1(m) })),
    dailyBudgetMin: input.dailyBudgetMin,
    weeks,
    totals: {
      minutes,
      sessions: sum((w) => w.sessions),
      overrides: sum((w) => w.overrides),
      meetingsBooked,
      replies,
      inPerson,
      online: sum((w) => w.online),
      outcomesPerHour:
        minutes > 0 ? round2((meetingsBooked + replies + inPerson) / (minutes / 60)) : null,
      checkIns,
      chores: sum((w) => w.chores),
      energyAvg: checkIns > 0 ? round1(energyTotal / checkIns) : null,
    },
    invitations: {
      accepted,
      declined,
      declineRate: accepted + declined > 0 ? round2(declined / (accepted + declined)) : null,
      framing: invitationFraming(accepted, declined),
    },
    offline: { days: offlineDays, currentStreak: current, longestStreak: longest },
  };
}
