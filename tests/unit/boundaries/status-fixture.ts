import {
  boundaryStatus,
  type BoundaryStatusInput,
} from '../../../electron/core/boundaries/boundary-status';
import type { BoundaryStatus } from '../../../electron/shared/boundaries';

/** Monday 2 March 2026, 12:10 UTC: ten minutes into a 12:00-12:45 window. */
export const NOW = new Date('2026-03-02T12:10:00Z');
export const WINDOW = {
  start: new Date('2026-03-02T12:00:00Z'),
  end: new Date('2026-03-02T12:45:00Z'),
  source: 'weekly' as const,
  windowId: 'w',
};

/** The input of a status in an open window, firm mode, no budgets, nothing used or stored. */
export function statusInput(overrides: Partial<BoundaryStatusInput> = {}): BoundaryStatusInput {
  return {
    result: { state: 'open', current: WINDOW, nextBoundary: new Date('2026-03-02T12:40:00Z') },
    now: NOW,
    timeZone: 'UTC',
    mode: 'firm',
    dailyBudgetMin: null,
    weeklyBudgetMin: null,
    todayMin: 0,
    weekMin: 0,
    data: { runtime: {}, unlocks: [], siteBreaks: [] },
    idleDetection: true,
    ...overrides,
  };
}

export const statusOf = (overrides: Partial<BoundaryStatusInput> = {}): BoundaryStatus =>
  boundaryStatus(statusInput(overrides));

/** Off-hours, with the next window on Wednesday. */
export const OFF_HOURS: Partial<BoundaryStatusInput> = {
  result: { state: 'off', nextBoundary: new Date('2026-03-04T11:55:00Z') },
};
