import { describe, expect, it } from 'vitest';
import {
  workspaceAccess,
  type AccessInput,
} from '../../../electron/core/boundaries/workspace-access';
import type { ScheduleState } from '../../../electron/shared/schedule';

const now = new Date('2026-03-02T10:00:00Z'); // a Monday
const next = {
  start: new Date('2026-03-04T12:00:00Z'),
  end: new Date('2026-03-04T12:45:00Z'),
  source: 'weekly' as const,
};
const open: ScheduleState = {
  state: 'open',
  current: {
    ...next,
    start: new Date('2026-03-02T09:30:00Z'),
    end: new Date('2026-03-02T10:30:00Z'),
  },
  next,
  nextBoundary: null,
};
const off: ScheduleState = { state: 'off', next, nextBoundary: next.start };
const paused: ScheduleState = { state: 'paused', next, nextBoundary: next.start };

const base = (overrides: Partial<AccessInput>): AccessInput => ({
  result: off,
  mode: 'firm',
  unlocks: [],
  now,
  timeZone: 'UTC',
  todayMin: 0,
  weekMin: 0,
  dailyBudgetMin: null,
  weeklyBudgetMin: null,
  ...overrides,
});
const unlock = (at: string, minutes = 10) => ({
  at,
  until: new Date(Date.parse(at) + minutes * 60_000).toISOString(),
  reason: 'replying to a recruiter',
});

describe('workspaceAccess', () => {
  it.each([
    ['gentle', off, true, 'gentle', false],
    ['gentle', paused, true, 'gentle', false],
    ['firm', open, true, 'window', false],
    ['firm', off, false, 'outside-window', true],
    ['firm', paused, false, 'paused', true],
    ['strict', open, true, 'window', false],
    ['strict', off, false, 'outside-window', false],
  ] as const)('%s mode, %s state', (mode, result, isOpen, reason, canUnlock) => {
    const access = workspaceAccess(base({ mode, result }));
    expect(access).toMatchObject({ open: isOpen, reason, canUnlock });
  });

  it('says when the workspace opens next', () => {
    expect(workspaceAccess(base({})).message).toBe(
      'Outside your networking windows. The workspace opens Wed 12:00.',
    );
  });

  it('firm: an unlock opens it for its ten minutes; three a day at most', () => {
    const active = workspaceAccess(base({ unlocks: [unlock('2026-03-02T09:55:00Z')] }));
    expect(active).toMatchObject({
      open: true,
      reason: 'unlocked',
      unlockedUntil: '2026-03-02T10:05:00.000Z',
      unlocksLeftToday: 2,
    });
    const expired = workspaceAccess(
      base({ unlocks: [unlock('2026-03-02T09:00:00Z'), unlock('2026-03-02T09:20:00Z')] }),
    );
    expect(expired).toMatchObject({ open: false, canUnlock: true, unlocksLeftToday: 1 });
    const used = workspaceAccess(
      base({
        unlocks: [
          unlock('2026-03-02T08:00:00Z'),
          unlock('2026-03-02T08:30:00Z'),
          unlock('2026-03-02T09:00:00Z'),
        ],
      }),
    );
    expect(used).toMatchObject({ open: false, canUnlock: false, unlocksLeftToday: 0 });
    // Yesterday's unlocks do not count today.
    const yesterday = workspaceAccess(
      base({
        unlocks: [
          unlock('2026-03-01T20:00:00Z'),
          unlock('2026-03-01T21:00:00Z'),
          unlock('2026-03-01T22:00:00Z'),
        ],
      }),
    );
    expect(yesterday.unlocksLeftToday).toBe(3);
  });

  it('strict: an unlock recorded earlier does not open it', () => {
    expect(
      workspaceAccess(base({ mode: 'strict', unlocks: [unlock('2026-03-02T09:55:00Z')] })).open,
    ).toBe(false);
  });

  it('locks a window when a budget is used up, except in gentle mode', () => {
    expect(workspaceAccess(base({ result: open, todayMin: 45, dailyBudgetMin: 45 }))).toMatchObject(
      { open: false, reason: 'daily-budget' },
    );
    expect(
      workspaceAccess(base({ result: open, weekMin: 200, weeklyBudgetMin: 180 })),
    ).toMatchObject({ open: false, reason: 'weekly-budget' });
    expect(workspaceAccess(base({ result: open, todayMin: 44, dailyBudgetMin: 45 })).open).toBe(
      true,
    );
    const gentle = workspaceAccess(
      base({ mode: 'gentle', result: open, todayMin: 60, dailyBudgetMin: 45 }),
    );
    expect(gentle.open).toBe(true);
    expect(gentle.message).toMatch(/used today's budget; gentle mode only reminds you/);
  });
});
