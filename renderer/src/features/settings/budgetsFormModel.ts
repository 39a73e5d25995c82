/**
 * Settings › Budgets and breaks as data: the draft of the stored minutes, the checks made in the
 * window and where the host's issues land. The form (BoundarySettingsSections.tsx) shows it.
 */
import type { BoundarySettings } from '../../../../electron/shared/boundaries';
import type { AppError } from '../../../../electron/shared/result';
import { flatCodec } from '../../lib/storedForm';

/** What "Suggest a break after" offers while breaks are off. */
export const DEFAULT_BREAK_MIN = 50;

export interface BudgetErrors {
  daily: string[];
  weekly: string[];
  breaks: string[];
}

export const noBudgetErrors: BudgetErrors = { daily: [], weekly: [], breaks: [] };

/** "" → null (no budget); whole minutes → a number; anything else → undefined (not a number). */
export function parseMinutes(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

const asText = (value: number | null) => (value === null ? '' : String(value));

export interface BudgetsDraft {
  [field: string]: string | boolean;
  daily: string;
  weekly: string;
  breaksOn: boolean;
  breakAfter: string;
}

export const budgetsCodec = flatCodec<BudgetsDraft>();

/** Field names in the form's words, for "changed elsewhere". */
export const BUDGET_FIELDS: Record<string, string> = {
  daily: 'Daily budget',
  weekly: 'Weekly budget',
  breaksOn: 'Suggest breaks',
  breakAfter: 'Suggest a break after',
};

export function budgetsDraft(boundaries: BoundarySettings): BudgetsDraft {
  return {
    daily: asText(boundaries.dailyBudgetMin),
    weekly: asText(boundaries.weeklyBudgetMin),
    breaksOn: boundaries.breakAfterMin !== null,
    breakAfter: asText(boundaries.breakAfterMin ?? DEFAULT_BREAK_MIN),
  };
}

type BudgetMinutes = Pick<BoundarySettings, 'dailyBudgetMin' | 'weeklyBudgetMin' | 'breakAfterMin'>;

/** The minutes to save, or what is wrong with them (the host checks the limits). */
export function checkBudgets(
  draft: BudgetsDraft,
): { ok: true; minutes: BudgetMinutes } | { ok: false; errors: BudgetErrors } {
  const dailyMin = parseMinutes(draft.daily);
  const weeklyMin = parseMinutes(draft.weekly);
  const breakMin = draft.breaksOn ? parseMinutes(draft.breakAfter) : null;
  const found: BudgetErrors = {
    daily: dailyMin === undefined ? ['Enter whole minutes, or leave it empty for no budget.'] : [],
    weekly:
      weeklyMin === undefined ? ['Enter whole minutes, or leave it empty for no budget.'] : [],
    breaks:
      draft.breaksOn && (breakMin === undefined || breakMin === null)
        ? ['Enter after how many minutes, e.g. 50.']
        : [],
  };
  if (found.daily.length + found.weekly.length + found.breaks.length > 0) {
    return { ok: false, errors: found };
  }
  return {
    ok: true,
    minutes: {
      dailyBudgetMin: dailyMin ?? null,
      weeklyBudgetMin: weeklyMin ?? null,
      breakAfterMin: breakMin ?? null,
    },
  };
}

/** The host's issues by budget; anything else (or no issue at all) goes under breaks. */
export function budgetErrorsFromHost(error: AppError): BudgetErrors {
  const fromHost: BudgetErrors = { daily: [], weekly: [], breaks: [] };
  for (const issue of error.issues ?? []) {
    if (issue.path.endsWith('dailyBudgetMin')) fromHost.daily.push(issue.message);
    else if (issue.path.endsWith('weeklyBudgetMin')) fromHost.weekly.push(issue.message);
    else fromHost.breaks.push(issue.message);
  }
  if (fromHost.daily.length + fromHost.weekly.length + fromHost.breaks.length === 0) {
    fromHost.breaks.push(error.message);
  }
  return fromHost;
}
