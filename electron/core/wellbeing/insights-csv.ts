import type { Insights } from '../../shared/wellbeing';

/** One field, RFC 4180; a cell that looks like a formula gets an apostrophe (CSV injection). */
const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const INSIGHTS_CSV_HEADER = [
  'week',
  'minutes',
  'budget_minutes',
  'sessions',
  'overrides',
  'check_ins',
  'chores',
  'energy_avg',
  'meetings_booked',
  'replies',
  'in_person',
  'online',
  'offline_days',
] as const;

/** Pure: one row per week (the numbers behind every chart), CRLF line ends. */
export function insightsCsv(insights: Insights): string {
  const rows = insights.weeks.map((w) => [
    w.week,
    w.minutes,
    w.budgetMin,
    w.sessions,
    w.overrides,
    w.checkIns,
    w.chores,
    w.energyAvg,
    w.meetingsBooked,
    w.replies,
    w.inPerson,
    w.online,
    w.offlineDays,
  ]);
  return `${[INSIGHTS_CSV_HEADER as readonly (string | number | null)[], ...rows]
    .map((r) => r.map(field).join(','))
    .join('\r\n')}\r\n`;
}
