import { describe, expect, it } from 'vitest';
import {
  BUDGET_DAYS_OVER,
  CHORE_STREAK,
  ONLINE_MANY,
  REPORTS_RUN,
  guidance,
  type GuidanceInput,
} from '../../../electron/core/wellbeing/guidance-rules';
import { shortenWindows } from '../../../electron/core/wellbeing/shorten-windows';
import type { Data } from '../../../electron/core/store/data-schema';
import { WellbeingSettingsSchema, type CheckIn } from '../../../electron/shared/wellbeing';

const NOW = new Date('2026-03-13T18:00:00Z'); // a Friday

const base = (over: Partial<GuidanceInput> = {}): GuidanceInput => ({
  now: NOW,
  timeZone: 'Europe/Berlin',
  checkIns: [],
  usage: [],
  dailyBudgetMin: null,
  interactions: [],
  meetings: [],
  reportLog: [],
  settings: WellbeingSettingsSchema.parse({}),
  ...over,
});
const ids = (input: GuidanceInput) => guidance(input).map((g) => g.id);

const checkIn = (day: number, chore: boolean): CheckIn => ({
  id: `c${day}`,
  sessionId: `s${day}`,
  at: `2026-03-${String(day).padStart(2, '0')}T13:00:00.000Z`,
  energy: 2,
  chore,
  wins: { newContacts: 0, followUpsSent: 0, meetingsBooked: 0 },
  note: '',
});

describe('guidance: three "chore" check-ins in a row', () => {
  it(`appears at ${CHORE_STREAK} in a row, not at ${CHORE_STREAK - 1}`, () => {
    expect(
      ids(base({ checkIns: [checkIn(2, false), checkIn(4, true), checkIn(6, true)] })),
    ).toEqual([]);
    const found = guidance(
      base({ checkIns: [checkIn(2, false), checkIn(4, true), checkIn(6, true), checkIn(9, true)] }),
    );
    expect(found.map((g) => g.id)).toEqual(['chore-streak']);
    expect(found[0]!.actions.map((a) => a.type)).toEqual(['shorten-windows', 'day-off']);
    expect(found[0]!.reason).toContain('last 3 check-ins');
  });

  it('a good session in between breaks the run', () => {
    expect(
      ids(
        base({
          checkIns: [checkIn(2, true), checkIn(4, true), checkIn(6, false), checkIn(9, true)],
        }),
      ),
    ).toEqual([]);
  });

  it('once acted on, it waits for three new ones; dismissed, it never comes back', () => {
    const checkIns = [checkIn(2, true), checkIn(4, true), checkIn(6, true)];
    const acted = WellbeingSettingsSchema.parse({
      actedOn: { 'chore-streak': '2026-03-07T00:00:00Z' },
    });
    expect(ids(base({ checkIns, settings: acted }))).toEqual([]);
    const later = [...checkIns, checkIn(9, true), checkIn(10, true), checkIn(11, true)];
    expect(ids(base({ checkIns: later, settings: acted }))).toEqual(['chore-streak']);
    const dismissed = WellbeingSettingsSchema.parse({ dismissedGuidance: ['chore-streak'] });
    expect(ids(base({ checkIns: later, settings: dismissed }))).toEqual([]);
  });
});

describe('guidance: the daily budget exceeded twice in a week', () => {
  const usage = (days: Array<[string, number]>) => days.map(([day, minutes]) => ({ day, minutes }));
  it(`appears at ${BUDGET_DAYS_OVER} days over this week, not at one or at exactly the budget`, () => {
    const oneOver = usage([
      ['2026-03-09', 45],
      ['2026-03-10', 30],
      ['2026-03-11', 30],
    ]);
    expect(ids(base({ dailyBudgetMin: 30, usage: oneOver }))).toEqual([]);
    const twoOver = usage([
      ['2026-03-09', 45],
      ['2026-03-11', 31],
    ]);
    expect(ids(base({ dailyBudgetMin: 30, usage: twoOver }))).toEqual(['budget-exceeded']);
    expect(ids(base({ dailyBudgetMin: null, usage: twoOver }))).toEqual([]);
  });

  it('days of last week do not count', () => {
    const lastWeek = usage([
      ['2026-03-06', 45],
      ['2026-03-08', 45],
      ['2026-03-09', 45],
    ]);
    expect(ids(base({ dailyBudgetMin: 30, usage: lastWeek }))).toEqual([]);
  });
});

describe('guidance: lots of online time and no in-person meeting for a month', () => {
  const online = (n: number, channel: 'linkedin' | 'in-person' = 'linkedin') =>
    Array.from(
      { length: n },
      (_, i) =>
        ({
          id: `i${channel}${i}`,
          at: new Date(NOW.getTime() - (i + 1) * 86_400_000).toISOString(),
          channel,
          direction: 'outbound',
          kind: 'message',
        }) as Data['interactions'][number],
    );
  it(`appears at ${ONLINE_MANY} online interactions, not at ${ONLINE_MANY - 1}`, () => {
    expect(ids(base({ interactions: online(ONLINE_MANY - 1) }))).toEqual([]);
    const found = guidance(base({ interactions: online(ONLINE_MANY) }));
    expect(found.map((g) => g.id)).toEqual(['coffee']);
    expect(found[0]!.actions[0]!.type).toBe('propose-coffee');
  });

  it('one in-person interaction or a coffee that happened is enough', () => {
    expect(ids(base({ interactions: [...online(20), ...online(1, 'in-person')] }))).toEqual([]);
    const coffee = {
      id: 'm',
      start: '2026-03-01T10:00:00.000Z',
      status: 'done',
    } as Data['meetings'][number];
    expect(ids(base({ interactions: online(20), meetings: [coffee] }))).toEqual([]);
  });
});

describe('guidance: a run of unwanted-attention reports', () => {
  const report = (on: string, platform: 'linkedin' | 'x' | 'other') =>
    ({ id: on + platform, on, platform }) as Data['reportLog'][number];
  it(`appears at ${REPORTS_RUN} reports on one platform in 30 days`, () => {
    const two = [
      report('2026-03-01', 'x'),
      report('2026-03-05', 'x'),
      report('2026-03-06', 'linkedin'),
    ];
    expect(ids(base({ reportLog: two }))).toEqual([]);
    const three = [...two, report('2026-03-12', 'x')];
    const found = guidance(base({ reportLog: three }));
    expect(found.map((g) => g.id)).toEqual(['platform-break']);
    expect(found[0]!.actions[0]).toMatchObject({ type: 'platform-break', platform: 'x', days: 7 });
  });

  it('old reports and "other" do not count', () => {
    const reports = [
      report('2026-02-01', 'x'),
      report('2026-03-05', 'x'),
      report('2026-03-06', 'x'),
      report('2026-03-07', 'other'),
      report('2026-03-08', 'other'),
      report('2026-03-09', 'other'),
    ];
    expect(ids(base({ reportLog: reports }))).toEqual([]);
  });
});

describe('shorter windows', () => {
  it('takes a quarter off each window, in 5-minute steps, never under 15 minutes', () => {
    expect(
      shortenWindows(
        [
          { id: 'a', days: [1], start: '12:00', end: '13:00' },
          { id: 'b', days: [2], start: '23:30', end: '00:30' },
          { id: 'c', days: [3], start: '09:00', end: '09:20' },
          { id: 'd', days: [4], start: '09:00', end: '09:15' },
        ],
        25,
      ).map((w) => w.end),
    ).toEqual(['12:45', '00:15', '09:15', '09:15']);
  });
});
