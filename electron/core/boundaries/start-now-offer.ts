import type { BoundaryStatus, StartNowOffer } from '../../shared/boundaries';

const IN_WINDOW = new Set(['open', 'closing', 'overtime']);
const LABEL = 'Start a window now';

/**
 * Pure: whether "Start a window now" can work right now, and why not. The one rule the tray, the
 * window header's quick actions, the lock screen and `startNow` itself follow, so nothing offers a
 * window that would stay locked. Firm and strict lock over budget whatever the schedule says, so
 * a window started then would be a window in name only; gentle mode never locks, so there it does
 * what it says (and is recorded as a window started on the spot, like any other).
 */
export function startNowOffer(
  status: Pick<BoundaryStatus, 'state' | 'mode' | 'usage'>,
): StartNowOffer {
  const { state, mode, usage } = status;
  if (mode === 'strict') {
    return {
      shown: false,
      enabled: false,
      label: LABEL,
      reason: 'Strict mode: the next window opens as scheduled.',
    };
  }
  if (IN_WINDOW.has(state)) {
    return { shown: true, enabled: false, label: LABEL, reason: 'A window is open now.' };
  }
  const daily =
    usage.dailyBudgetMin !== null && usage.todayMin >= usage.dailyBudgetMin
      ? `Today's ${usage.dailyBudgetMin}-minute budget is used up`
      : null;
  const weekly =
    usage.weeklyBudgetMin !== null && usage.weekMin >= usage.weeklyBudgetMin
      ? `This week's ${usage.weeklyBudgetMin}-minute budget is used up`
      : null;
  const spent = daily ?? weekly;
  if (!spent) return { shown: true, enabled: true, label: LABEL, reason: null };
  if (mode === 'gentle') {
    return {
      shown: true,
      enabled: true,
      label: 'Start a window now, over budget',
      reason: `${spent}. Gentle mode only reminds you.`,
    };
  }
  return {
    shown: true,
    enabled: false,
    label: `${LABEL} (${spent.charAt(0).toLowerCase()}${spent.slice(1)})`,
    reason: `${spent}.`,
  };
}
