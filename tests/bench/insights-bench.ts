import type { Data } from '../../electron/core/store/data-schema';
import { guidance } from '../../electron/core/wellbeing/guidance-rules';
import { computeInsights } from '../../electron/core/wellbeing/insights';
import { insightsCsv } from '../../electron/core/wellbeing/insights-csv';
import {
  WellbeingSettingsSchema,
  type CheckIn,
  type Session,
} from '../../electron/shared/wellbeing';
import { measure } from './stats';
import { mulberry32 } from './generate-dataset';

const DAY_MS = 86_400_000;
/** The benchmark's "now": the end of the seeded year. */
export const INSIGHTS_NOW = new Date('2026-11-27T18:00:00Z');
const NOW = INSIGHTS_NOW;
const ZONE = 'Europe/Berlin';

/** Seeded (mulberry32): the same seed gives the same data, run after run. */
const seeded = mulberry32;

/**
 * A busy year: two windows every weekday plus an unlock now and then (about 560 sessions), a
 * check-in for most, 6,000 interactions, 400 meetings, 800 invitations, a year of usage.
 */
export function seededYear() {
  const rand = seeded(2026);
  const start = NOW.getTime() - 365 * DAY_MS;
  const sessions: Session[] = [];
  const checkIns: CheckIn[] = [];
  const usage: Data['boundaries']['usage'] = [];
  for (let d = 0; d < 365; d++) {
    const day = new Date(start + d * DAY_MS);
    const weekday = day.getUTCDay();
    let minutes = 0;
    if (weekday !== 0 && weekday !== 6) {
      for (const hour of [8, 16]) {
        const s = new Date(day.getTime());
        s.setUTCHours(hour, 0, 0, 0);
        const active = Math.round(rand() * 45);
        minutes += active;
        const id = `window:${s.toISOString()}`;
        sessions.push({
          id,
          kind: rand() < 0.05 ? 'unlock' : 'window',
          start: s.toISOString(),
          end: new Date(s.getTime() + 45 * 60_000).toISOString(),
          plannedEnd: new Date(s.getTime() + 45 * 60_000).toISOString(),
          activeMin: active,
          overrides: rand() < 0.1 ? [{ kind: 'overtime', at: s.toISOString(), reason: '' }] : [],
          checkIn: 'done',
        });
        if (rand() < 0.7)
          checkIns.push({
            id: `c${id}`,
            sessionId: id,
            at: new Date(s.getTime() + 50 * 60_000).toISOString(),
            energy: 1 + Math.floor(rand() * 5),
            chore: rand() < 0.3,
            wins: { newContacts: 0, followUpsSent: 1, meetingsBooked: 0 },
            note: '',
          });
      }
    }
    if (minutes > 0) usage.push({ day: day.toISOString().slice(0, 10), minutes });
  }
  const at = () => new Date(start + rand() * 365 * DAY_MS).toISOString();
  const interactions = Array.from({ length: 6000 }, (_, i) => ({
    id: `i${i}`,
    contactId: `p${i % 500}`,
    kind: rand() < 0.8 ? 'message' : 'meeting',
    at: at(),
    direction: rand() < 0.5 ? 'inbound' : 'outbound',
    channel: rand() < 0.1 ? 'in-person' : 'linkedin',
    note: '',
    meetingId: null,
    introductionId: null,
    eventId: null,
  })) as Data['interactions'];
  const meetings = Array.from({ length: 400 }, (_, i) => ({
    id: `m${i}`,
    createdAt: at(),
    start: at(),
    status: rand() < 0.2 ? 'cancelled' : 'done',
  })) as Data['meetings'];
  const invitations = Array.from({ length: 800 }, (_, i) => ({
    id: `v${i}`,
    status: rand() < 0.4 ? 'accepted' : 'declined',
    answeredAt: at(),
  })) as Data['invitations'];
  return { sessions, checkIns, usage, interactions, meetings, invitations };
}

/** Computing a year of insights (what the Insights page asks for), guidance and the CSV export. */
export function runInsightsBench(): Record<string, Record<string, number>> {
  const year = seededYear();
  const input = {
    range: '1y' as const,
    now: NOW,
    timeZone: ZONE,
    ...year,
    dailyBudgetMin: 60,
    weeklyBudgetMin: 300,
  };
  const insights = measure(() => void computeInsights(input), 200);
  const result = computeInsights(input);
  const wire = measure(() => void JSON.parse(JSON.stringify(computeInsights(input))), 100);
  const csv = measure(() => void insightsCsv(result), 200);
  const settings = WellbeingSettingsSchema.parse({});
  const advice = measure(
    () =>
      void guidance({
        now: NOW,
        timeZone: ZONE,
        checkIns: year.checkIns,
        usage: year.usage,
        dailyBudgetMin: 60,
        interactions: year.interactions,
        meetings: year.meetings,
        reportLog: [],
        settings,
      }),
    200,
  );
  return {
    insights_year: {
      sessions_count: year.sessions.length,
      check_ins_count: year.checkIns.length,
      interactions_count: year.interactions.length,
      compute_p50_ms: round(insights.p50),
      compute_p95_ms: round(insights.p95),
      compute_and_serialise_p50_ms: round(wire.p50),
      compute_and_serialise_p95_ms: round(wire.p95),
      guidance_p50_ms: round(advice.p50),
      guidance_p95_ms: round(advice.p95),
      csv_p50_ms: round(csv.p50),
      budget_ms: 200,
    },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
