import type { CheckIn, Guidance, GuidanceId, WellbeingSettings } from '../../shared/wellbeing';
import { localDayNum, parseLocalDate } from '../schedule/zoned-time';
import type { Data } from '../store/data-schema';
import { mondayOf } from './local-weeks';

/** Each rule's threshold, named so the tests and the words on screen agree. */
export const CHORE_STREAK = 3;
export const BUDGET_DAYS_OVER = 2;
export const ONLINE_MANY = 10;
export const COFFEE_LOOKBACK_DAYS = 30;
export const REPORTS_RUN = 3;
export const REPORTS_LOOKBACK_DAYS = 30;
export const PLATFORM_BREAK_DAYS = 7;
export const SHORTEN_PERCENT = 25;

export interface GuidanceInput {
  now: Date;
  timeZone: string;
  checkIns: readonly CheckIn[];
  usage: Data['boundaries']['usage'];
  dailyBudgetMin: number | null;
  interactions: Data['interactions'];
  meetings: Data['meetings'];
  reportLog: Data['reportLog'];
  settings: WellbeingSettings;
}

type Rule = (input: GuidanceInput, since: number) => Guidance | null;

const DAY_MS = 86_400_000;

/** Three check-ins in a row that felt like a chore (counted since the last time it was acted on). */
export const choreStreak: Rule = (input, since) => {
  const recent = input.checkIns
    .filter((c) => Date.parse(c.at) > since)
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(-CHORE_STREAK);
  if (recent.length < CHORE_STREAK || !recent.every((c) => c.chore)) return null;
  return {
    id: 'chore-streak',
    title: 'Networking has felt like a chore lately',
    reason: `Your last ${CHORE_STREAK} check-ins said it felt like a chore. When that happens, less is often more.`,
    threshold: `${CHORE_STREAK} "chore" check-ins in a row`,
    actions: [
      {
        type: 'shorten-windows',
        label: `Make my windows ${SHORTEN_PERCENT}% shorter`,
        percent: SHORTEN_PERCENT,
      },
      { type: 'day-off', label: 'Take a day off' },
    ],
  };
};

/** The daily budget went over on two or more days of this week. */
export const budgetExceeded: Rule = (input, since) => {
  const budget = input.dailyBudgetMin;
  if (budget === null) return null;
  const today = localDayNum(input.timeZone, input.now.getTime());
  const monday = mondayOf(today);
  const sinceDay = since > 0 ? localDayNum(input.timeZone, since) : -Infinity;
  const over = input.usage.filter((u) => {
    const d = parseLocalDate(u.day);
    return d >= monday && d <= today && d > sinceDay && u.minutes > budget;
  }).length;
  if (over < BUDGET_DAYS_OVER) return null;
  return {
    id: 'budget-exceeded',
    title: 'Your windows run longer than your budget',
    reason: `This week you went over your ${budget}-minute daily budget on ${over} days. A smaller window makes the budget easier to keep.`,
    threshold: `the daily budget exceeded on ${BUDGET_DAYS_OVER} days in one week`,
    actions: [
      {
        type: 'shorten-windows',
        label: `Make my windows ${SHORTEN_PERCENT}% smaller`,
        percent: SHORTEN_PERCENT,
      },
    ],
  };
};

/** Lots of online contact and no in-person meeting for a month. */
export const coffee: Rule = (input, since) => {
  const from = Math.max(input.now.getTime() - COFFEE_LOOKBACK_DAYS * DAY_MS, since);
  if (since > input.now.getTime() - COFFEE_LOOKBACK_DAYS * DAY_MS) return null;
  const recent = input.interactions.filter(
    (i) => Date.parse(i.at) >= from && Date.parse(i.at) <= input.now.getTime(),
  );
  const online = recent.filter((i) => i.channel !== 'in-person').length;
  const inPerson =
    recent.some((i) => i.channel === 'in-person') ||
    input.meetings.some(
      (m) =>
        (m.status === 'done' || m.status === 'confirmed') &&
        Date.parse(m.start) >= from &&
        Date.parse(m.start) <= input.now.getTime(),
    );
  if (online < ONLINE_MANY || inPerson) return null;
  return {
    id: 'coffee',
    title: 'How about a coffee?',
    reason: `${online} online interactions in the last ${COFFEE_LOOKBACK_DAYS} days and no in-person meeting. One coffee can do more than many messages.`,
    threshold: `${ONLINE_MANY} or more online interactions and no in-person meeting in ${COFFEE_LOOKBACK_DAYS} days`,
    actions: [{ type: 'propose-coffee', label: 'Propose a coffee' }],
  };
};

/** A run of unwanted-attention reports from the same platform. */
export const platformBreak: Rule = (input, since) => {
  const today = localDayNum(input.timeZone, input.now.getTime());
  const sinceDay = since > 0 ? localDayNum(input.timeZone, since) : -Infinity;
  const counts = new Map<string, number>();
  for (const r of input.reportLog) {
    if (r.platform === 'other') continue;
    const d = parseLocalDate(r.on);
    if (d > today || d <= today - REPORTS_LOOKBACK_DAYS || d < sinceDay) continue;
    counts.set(r.platform, (counts.get(r.platform) ?? 0) + 1);
  }
  const [platform, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < REPORTS_RUN) return null;
  return {
    id: 'platform-break',
    title: `A break from ${platform}?`,
    reason: `You logged ${n} reports of unwanted attention on ${platform} in the last ${REPORTS_LOOKBACK_DAYS} days. You do not have to put up with that.`,
    threshold: `${REPORTS_RUN} reports on one platform in ${REPORTS_LOOKBACK_DAYS} days`,
    actions: [
      {
        type: 'platform-break',
        label: `Take a ${PLATFORM_BREAK_DAYS}-day break from ${platform}`,
        platform,
        days: PLATFORM_BREAK_DAYS,
      },
    ],
  };
};

const RULES: Record<GuidanceId, Rule> = {
  'chore-streak': choreStreak,
  'budget-exceeded': budgetExceeded,
  coffee,
  'platform-break': platformBreak,
};

/**
 * Pure: the suggestions that apply now. A kind the user dismissed never comes back; one acted on
 * waits for fresh evidence (only what happened after the action counts).
 */
export function guidance(input: GuidanceInput): Guidance[] {
  const out: Guidance[] = [];
  for (const [id, rule] of Object.entries(RULES) as Array<[GuidanceId, Rule]>) {
    if (input.settings.dismissedGuidance.includes(id)) continue;
    const acted = input.settings.actedOn[id];
    const found = rule(input, acted ? Date.parse(acted) : 0);
    if (found) out.push(found);
  }
  return out;
}
