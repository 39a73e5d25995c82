import { describe, expect, it } from 'vitest';
import type { BoundarySettings } from '../../../../electron/shared/boundaries';
import {
  budgetErrorsFromHost,
  budgetsDraft,
  checkBudgets,
  parseMinutes,
  type BudgetsDraft,
} from '../../../../renderer/src/features/settings/budgetsFormModel';

const stored: BoundarySettings = {
  mode: 'firm',
  dailyBudgetMin: 60,
  weeklyBudgetMin: null,
  breakAfterMin: null,
};
const draft = (
  fields: Partial<Pick<BudgetsDraft, 'daily' | 'weekly' | 'breaksOn' | 'breakAfter'>>,
): BudgetsDraft => ({
  ...budgetsDraft(stored),
  ...fields,
});
const NOT_MINUTES = 'Enter whole minutes, or leave it empty for no budget.';

describe('minutes as typed', () => {
  it('are none when empty or spaces, a number when whole, else not a number', () => {
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('   ')).toBeNull();
    expect(parseMinutes(' 45 ')).toBe(45);
    expect(parseMinutes('0')).toBe(0);
    for (const bad of ['4.5', '-5', '1e3', 'an hour', '45 min']) {
      expect(parseMinutes(bad)).toBeUndefined();
    }
  });
});

describe('the budgets form from the stored settings', () => {
  it('shows no budget as empty, and breaks off with 50 minutes ready', () => {
    expect(budgetsDraft(stored)).toEqual({
      daily: '60',
      weekly: '',
      breaksOn: false,
      breakAfter: '50',
    });
    expect(budgetsDraft({ ...stored, breakAfterMin: 90 })).toMatchObject({
      breaksOn: true,
      breakAfter: '90',
    });
  });
});

describe('checking the budgets in the window', () => {
  it('gives the minutes to save, empty as no budget, no break when breaks are off', () => {
    expect(checkBudgets(draft({ weekly: ' 300 ', breakAfter: 'ignored' }))).toEqual({
      ok: true,
      minutes: { dailyBudgetMin: 60, weeklyBudgetMin: 300, breakAfterMin: null },
    });
    expect(checkBudgets(draft({ daily: '', breaksOn: true, breakAfter: '45' }))).toEqual({
      ok: true,
      minutes: { dailyBudgetMin: null, weeklyBudgetMin: null, breakAfterMin: 45 },
    });
  });

  it('says what is wrong with each field at once', () => {
    expect(
      checkBudgets(draft({ daily: 'lots', weekly: '2.5', breaksOn: true, breakAfter: '' })),
    ).toEqual({
      ok: false,
      errors: {
        daily: [NOT_MINUTES],
        weekly: [NOT_MINUTES],
        breaks: ['Enter after how many minutes, e.g. 50.'],
      },
    });
  });

  it('leaves the limits (5 minutes and up) to the host', () => {
    expect(checkBudgets(draft({ daily: '1' }))).toMatchObject({ ok: true });
  });
});

describe('issues the host sends back for the budgets', () => {
  it('go to the budget they name, the rest to breaks', () => {
    expect(
      budgetErrorsFromHost({
        code: 'invalid_input',
        message: 'Check the budgets.',
        issues: [
          { path: 'boundaries.dailyBudgetMin', message: 'The daily budget is at least 5.' },
          { path: 'boundaries.weeklyBudgetMin', message: 'Too big.' },
          { path: 'boundaries.breakAfterMin', message: 'At most 480.' },
        ],
      }),
    ).toEqual({
      daily: ['The daily budget is at least 5.'],
      weekly: ['Too big.'],
      breaks: ['At most 480.'],
    });
  });

  it('with no issues, say the host’s message under breaks', () => {
    expect(budgetErrorsFromHost({ code: 'internal', message: 'Could not save.' })).toEqual({
      daily: [],
      weekly: [],
      breaks: ['Could not save.'],
    });
  });
});
