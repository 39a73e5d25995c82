import { describe, expect, it } from 'vitest';
import { computeInsights, type InsightsInput } from '../../../electron/core/wellbeing/insights';
import { insightsCsv } from '../../../electron/core/wellbeing/insights-csv';
import type { Data } from '../../../electron/core/store/data-schema';
import type { CheckIn, Session } from '../../../electron/shared/wellbeing';

const session = (start: string, activeMin = 30, overrides = 0): Session => ({
  id: `window:${start}`,
  kind: 'window',
  start,
  end: start,
  plannedEnd: start,
  activeMin,
  overrides: Array.from({ length: overrides }, () => ({ kind: 'overtime', at: start, reason: '' })),
  checkIn: 'done',
});
const checkIn = (at: string, energy: number, chore: boolean): CheckIn => ({
  id: at,
  sessionId: at,
  at,
  energy,
  chore,
  wins: { newContacts: 0, followUpsSent: 0, meetingsBooked: 0 },
  note: '',
});
const input = (over: Partial<InsightsInput>): InsightsInput => ({
  range: '4w',
  now: new Date(),
  timeZone: 'Europe/Berlin',
  usage: [],
  sessions: [],
  checkIns: [],
  interactions: [],
  meetings: [],
  invitations: [],
  dailyBudgetMin: null,
  weeklyBudgetMin: null,
  ...over,
});

describe('insights: weeks in the user’s time zone across DST', () => {
  it('late March (Berlin springs forward on 29 March): Sunday night and Monday just after midnight land in their own weeks', () => {
    const result = computeInsights(
      input({
        now: new Date('2026-04-01T10:00:00Z'),
        sessions: [
          session('2026-03-29T21:30:00.000Z'), // Sun 23:30 CEST
          session('2026-03-29T22:30:00.000Z', 20, 1), // Mon 00:30 CEST (still Sunday in UTC)
        ],
        checkIns: [checkIn('2026-03-29T22:40:00.000Z', 4, true)],
        usage: [
          { day: '2026-03-29', minutes: 30 },
          { day: '2026-03-30', minutes: 20 },
        ],
      }),
    );
    expect(result.weeks.map((w) => w.week)).toEqual([
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(result.weeks.map((w) => [w.sessions, w.minutes, w.overrides, w.chores])).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [1, 30, 0, 0],
      [1, 20, 1, 1],
    ]);
    expect(result.from).toBe('2026-03-09');
    expect(result.to).toBe('2026-04-01');
    expect(result.days).toHaveLength(24);
  });

  it('late October (Berlin falls back on 25 October): a 25-hour Sunday stays one day of its week', () => {
    const result = computeInsights(
      input({
        now: new Date('2026-10-27T10:00:00Z'),
        sessions: [
          session('2026-10-25T22:30:00.000Z'), // Sun 23:30 CET
          session('2026-10-25T23:15:00.000Z'), // Mon 00:15 CET
        ],
        interactions: [
          {
            id: 'i1',
            at: '2026-10-25T22:59:00.000Z', // Sun 23:59 CET
            channel: 'in-person',
            direction: 'outbound',
            kind: 'meeting',
          } as Data['interactions'][number],
          {
            id: 'i2',
            at: '2026-10-25T23:01:00.000Z', // Mon 00:01 CET
            channel: 'linkedin',
            direction: 'inbound',
            kind: 'message',
          } as Data['interactions'][number],
        ],
      }),
    );
    const [, , third, fourth] = result.weeks;
    expect(third).toMatchObject({ week: '2026-10-19', sessions: 1, inPerson: 1, online: 0 });
    expect(fourth).toMatchObject({
      week: '2026-10-26',
      sessions: 1,
      inPerson: 0,
      online: 1,
      replies: 1,
    });
  });
});

describe('insights: totals', () => {
  it('adds up minutes, outcomes per hour, energy, invitations and offline streaks', () => {
    const result = computeInsights(
      input({
        now: new Date('2026-03-13T18:00:00Z'), // Friday
        timeZone: 'UTC',
        dailyBudgetMin: 30,
        usage: [
          { day: '2026-03-09', minutes: 60 },
          { day: '2026-03-11', minutes: 60 },
          { day: '2026-01-01', minutes: 999 }, // outside the range
        ],
        sessions: [session('2026-03-09T12:00:00.000Z'), session('2026-03-11T12:00:00.000Z')],
        checkIns: [
          checkIn('2026-03-09T13:00:00.000Z', 2, true),
          checkIn('2026-03-11T13:00:00.000Z', 5, false),
        ],
        meetings: [
          { id: 'm1', createdAt: '2026-03-11T12:10:00.000Z', status: 'proposed' },
          { id: 'm2', createdAt: '2026-03-11T12:11:00.000Z', status: 'cancelled' },
        ] as Data['meetings'],
        interactions: [
          {
            id: 'r',
            at: '2026-03-09T12:05:00.000Z',
            channel: 'email',
            direction: 'inbound',
            kind: 'message',
          },
        ] as Data['interactions'],
        invitations: [
          { id: 'a', status: 'accepted', answeredAt: '2026-03-10T10:00:00.000Z' },
          { id: 'b', status: 'declined', answeredAt: '2026-03-10T10:00:00.000Z' },
          { id: 'c', status: 'declined', answeredAt: '2026-03-10T10:00:00.000Z' },
        ] as Data['invitations'],
      }),
    );
    expect(result.totals).toMatchObject({
      minutes: 120,
      sessions: 2,
      meetingsBooked: 1,
      replies: 1,
      outcomesPerHour: 1,
      checkIns: 2,
      chores: 1,
      energyAvg: 3.5,
    });
    expect(result.invitations).toMatchObject({ accepted: 1, declined: 2, declineRate: 0.67 });
    expect(result.invitations.framing).toContain('normal');
    // Tue 10 Mar is offline between two networking days; Thu 12 and Fri 13 make the current streak.
    expect(result.offline.currentStreak).toBe(2);
    expect(result.offline.longestStreak).toBe(21); // the three quiet weeks before
    expect(insightsCsv(result).split('\r\n')[4]).toBe('2026-03-09,120,,2,0,2,1,3.5,1,1,0,1,3');
  });
});
