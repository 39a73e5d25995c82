import type { BoundaryStatus, LockMode, WindowInfo } from '../../shared/boundaries';
import type { ScheduleState, WindowOccurrence } from '../../shared/schedule';
import type { BoundaryData } from '../store/data-schema';
import { startNowOffer } from './start-now-offer';
import { lockedStatusLine, statusLine } from './status-line';
import { workspaceAccess } from './workspace-access';

export interface BoundaryStatusInput {
  result: ScheduleState;
  now: Date;
  timeZone: string;
  mode: LockMode;
  dailyBudgetMin: number | null;
  weeklyBudgetMin: number | null;
  /** Minutes used, unsaved time included. */
  todayMin: number;
  weekMin: number;
  data: Pick<BoundaryData, 'runtime' | 'unlocks' | 'siteBreaks'>;
  idleDetection: boolean;
}

const info = (w: WindowOccurrence | undefined): WindowInfo | undefined =>
  w && {
    start: w.start.toISOString(),
    end: w.end.toISOString(),
    source: w.source,
    ...(w.label ? { label: w.label } : {}),
  };

/** An instant still to come, else null. */
const ahead = (at: string | null | undefined, now: Date): string | null =>
  at && Date.parse(at) > now.getTime() ? at : null;

/** Pure: what the boundaries say now, from the schedule state, the stored choices and the usage. */
export function boundaryStatus(input: BoundaryStatusInput): BoundaryStatus {
  const { result, now, timeZone, mode, dailyBudgetMin, weeklyBudgetMin, todayMin, weekMin, data } =
    input;
  const overtimeUntil = ahead(data.runtime.overtimeUntil, now);
  const snoozedUntil = ahead(data.runtime.snoozeRemindersUntil, now);
  const access = workspaceAccess({
    result,
    mode,
    unlocks: data.unlocks,
    now,
    timeZone,
    todayMin,
    weekMin,
    dailyBudgetMin,
    weeklyBudgetMin,
  });
  const current = info(result.current);
  const next = info(result.next);
  const usage = { todayMin, weekMin, dailyBudgetMin, weeklyBudgetMin };
  return {
    state: result.state,
    ...(current ? { current } : {}),
    ...(next ? { next } : {}),
    timeZone,
    // Never "Open, 30 min left" while a budget keeps the workspace locked.
    statusLine:
      lockedStatusLine(result, access) ??
      statusLine(result, now, timeZone, overtimeUntil ? new Date(overtimeUntil) : null),
    mode,
    access,
    usage,
    startNow: startNowOffer({ state: result.state, mode, usage }),
    snoozedUntil,
    overtimeUntil,
    idleDetection: input.idleDetection,
    siteBreaks: data.siteBreaks.filter((b) => Date.parse(b.until) > now.getTime()),
  };
}
