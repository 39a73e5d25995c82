import type { Insights } from '../../../../electron/shared/wellbeing';
import type { ChartPanelProps } from './ChartPanel';
import type { ChartColours } from './chartColours';

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

const WEEKDAY_DAY_MONTH = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "9 Mar" for a local date "2026-03-09" (the date is already the user's own). */
export function shortDate(date: string): string {
  return DAY_MONTH.format(new Date(`${date}T00:00:00Z`));
}

/** "Mon 9 Mar" for a local date "2026-03-09": a table row a screen reader can place. */
function dayName(date: string): string {
  return WEEKDAY_DAY_MONTH.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The Insights page's charts, each with its summary and its data, built from one answer in the
 * colours the page shows now.
 */
export function insightsCharts(insights: Insights, c: ChartColours): ChartPanelProps[] {
  const weeks = insights.weeks;
  const labels = weeks.map((w) => `Week of ${shortDate(w.week)}`);
  const suffix = `${insights.range}-${insights.to}.png`;
  const t = insights.totals;
  const weeklyBudget = weeks[0]?.budgetMin ?? null;
  const dailyBudget = insights.dailyBudgetMin;
  const networkingDays = insights.days.filter((d) => d.minutes >= 1);
  const overDays =
    dailyBudget === null ? 0 : insights.days.filter((d) => d.minutes > dailyBudget).length;
  const weeksOver =
    weeklyBudget === null ? 0 : weeks.filter((w) => w.minutes > weeklyBudget).length;

  return [
    {
      title: 'Minutes per day',
      summary:
        `${fmt(t.minutes)} minutes of networking on ${plural(networkingDays.length, 'day')}` +
        (dailyBudget === null
          ? ', no daily budget set.'
          : `; over the ${dailyBudget}-minute daily budget on ${plural(overDays, 'day')}.`),
      table: {
        columns: ['Day', 'Minutes', 'Daily budget'],
        rows: insights.days.map((d) => [dayName(d.date), fmt(d.minutes), dailyBudget ?? 'none']),
      },
      data: {
        labels: insights.days.map((d) => shortDate(d.date)),
        datasets: [
          {
            type: 'bar',
            label: 'Minutes',
            data: insights.days.map((d) => d.minutes),
            backgroundColor: c.accent,
          },
          ...(dailyBudget === null
            ? []
            : [
                {
                  type: 'line' as const,
                  label: 'Daily budget',
                  data: insights.days.map(() => dailyBudget),
                  borderColor: c.warn,
                  borderDash: [6, 4],
                  pointRadius: 0,
                },
              ]),
        ],
      },
      fileName: `netwell-minutes-per-day-${suffix}`,
    },
    {
      title: 'Minutes per week',
      summary:
        `${fmt(t.minutes)} minutes in ${plural(weeks.length, 'week')}, ${fmt(t.minutes / weeks.length)} a week on average` +
        (weeklyBudget === null
          ? '.'
          : `; over the ${weeklyBudget}-minute weekly budget in ${plural(weeksOver, 'week')}.`),
      table: {
        columns: ['Week', 'Minutes', 'Budget'],
        rows: weeks.map((w, i) => [labels[i]!, fmt(w.minutes), w.budgetMin ?? 'none']),
      },
      data: {
        labels,
        datasets: [
          {
            type: 'bar',
            label: 'Minutes',
            data: weeks.map((w) => w.minutes),
            backgroundColor: c.accent,
          },
          ...(weeklyBudget === null
            ? []
            : [
                {
                  type: 'line' as const,
                  label: 'Weekly budget',
                  data: weeks.map(() => weeklyBudget),
                  borderColor: c.warn,
                  borderDash: [6, 4],
                  pointRadius: 0,
                },
              ]),
        ],
      },
      fileName: `netwell-minutes-per-week-${suffix}`,
    },
    {
      title: 'Outcomes per hour of networking',
      summary:
        t.outcomesPerHour === null
          ? 'No networking time in this range yet.'
          : `${fmt(t.outcomesPerHour)} outcomes per hour: ${plural(t.meetingsBooked, 'meeting')} booked, ${plural(t.replies, 'reply', 'replies')}, ${plural(t.inPerson, 'in-person meeting')}.`,
      table: {
        columns: ['Week', 'Meetings booked', 'Replies', 'In person'],
        rows: weeks.map((w, i) => [labels[i]!, w.meetingsBooked, w.replies, w.inPerson]),
      },
      data: {
        labels,
        datasets: [
          {
            type: 'bar',
            label: 'Meetings booked',
            data: weeks.map((w) => w.meetingsBooked),
            backgroundColor: c.accent,
            stack: 'o',
          },
          {
            type: 'bar',
            label: 'Replies',
            data: weeks.map((w) => w.replies),
            backgroundColor: c.soft,
            stack: 'o',
          },
          {
            type: 'bar',
            label: 'In person',
            data: weeks.map((w) => w.inPerson),
            backgroundColor: c.muted,
            stack: 'o',
          },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
      fileName: `netwell-outcomes-${suffix}`,
    },
    {
      title: 'Energy and chores',
      summary:
        t.checkIns === 0
          ? 'No check-ins in this range yet.'
          : `${plural(t.checkIns, 'check-in')}, average energy ${fmt(t.energyAvg ?? 0)} of 5; ${t.chores} felt like a chore.`,
      table: {
        columns: ['Week', 'Average energy', 'Chores', 'Check-ins'],
        rows: weeks.map((w, i) => [
          labels[i]!,
          w.energyAvg === null ? 'no check-in' : fmt(w.energyAvg),
          w.chores,
          w.checkIns,
        ]),
      },
      data: {
        labels,
        datasets: [
          {
            type: 'line',
            label: 'Average energy (1–5)',
            data: weeks.map((w) => w.energyAvg),
            borderColor: c.accent,
            spanGaps: true,
            yAxisID: 'y',
          },
          {
            type: 'bar',
            label: 'Felt like a chore',
            data: weeks.map((w) => w.chores),
            backgroundColor: c.warn,
            yAxisID: 'y',
          },
        ],
      },
      fileName: `netwell-energy-${suffix}`,
    },
    {
      title: 'Overrides per week',
      summary: `${plural(t.overrides, 'override')} (overtime, unlocks, windows started on the spot) in ${plural(t.sessions, 'session')}.`,
      table: {
        columns: ['Week', 'Overrides', 'Sessions'],
        rows: weeks.map((w, i) => [labels[i]!, w.overrides, w.sessions]),
      },
      data: {
        labels,
        datasets: [
          {
            type: 'bar',
            label: 'Overrides',
            data: weeks.map((w) => w.overrides),
            backgroundColor: c.soft,
          },
        ],
      },
      fileName: `netwell-overrides-${suffix}`,
    },
    {
      title: 'Online and in person',
      summary: `${plural(t.online, 'online interaction')} and ${plural(t.inPerson, 'in-person one')}.`,
      table: {
        columns: ['Week', 'Online', 'In person'],
        rows: weeks.map((w, i) => [labels[i]!, w.online, w.inPerson]),
      },
      data: {
        labels,
        datasets: [
          {
            type: 'bar',
            label: 'Online',
            data: weeks.map((w) => w.online),
            backgroundColor: c.soft,
            stack: 'i',
          },
          {
            type: 'bar',
            label: 'In person',
            data: weeks.map((w) => w.inPerson),
            backgroundColor: c.accent,
            stack: 'i',
          },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
      fileName: `netwell-online-in-person-${suffix}`,
    },
    {
      title: 'Invitations',
      summary: insights.invitations.framing,
      table: {
        columns: ['Answer', 'Invitations'],
        rows: [
          ['Accepted', insights.invitations.accepted],
          ['Declined', insights.invitations.declined],
        ],
      },
      data: {
        labels: ['Accepted', 'Declined'],
        datasets: [
          {
            type: 'bar',
            label: 'Invitations',
            data: [insights.invitations.accepted, insights.invitations.declined],
            backgroundColor: [c.accent, c.soft],
          },
        ],
      },
      options: { plugins: { legend: { display: false } } },
      fileName: `netwell-invitations-${suffix}`,
    },
  ];
}
