import { describe, expect, it } from 'vitest';
import { buildTrayModel, type TrayInput } from '../../../electron/core/tray/tray-model';
import { startNowOffer } from '../../../electron/core/boundaries/start-now-offer';
import type { BoundaryStatus } from '../../../electron/shared/boundaries';

const access = {
  open: false,
  reason: 'outside-window' as const,
  message: '',
  canUnlock: true,
  unlocksLeftToday: 3,
  unlockedUntil: null,
};
const noBudget: BoundaryStatus['usage'] = {
  todayMin: 0,
  weekMin: 0,
  dailyBudgetMin: null,
  weeklyBudgetMin: null,
};
/** The tray's input as the service builds it: "start now" from the core's one rule. */
const input = (
  over: Partial<Omit<TrayInput, 'startNow'>>,
  usage: BoundaryStatus['usage'] = noBudget,
): TrayInput => {
  const base = {
    state: 'off' as const,
    statusLine: 'Next window Wed 12:00',
    mode: 'firm' as const,
    access,
    snoozedUntil: null,
    current: undefined,
    minutesLeft: null,
    ...over,
  };
  return { ...base, startNow: startNowOffer({ state: base.state, mode: base.mode, usage }) };
};
const enabled = (model: ReturnType<typeof buildTrayModel>) =>
  Object.fromEntries(model.items.filter((i) => i.kind === 'action').map((i) => [i.id, i.enabled]));

describe('buildTrayModel', () => {
  it.each([
    ['off', 'off'],
    ['upcoming', 'upcoming'],
    ['open', 'open'],
    ['closing', 'closing'],
    ['overtime', 'closing'],
    ['paused', 'paused'],
  ] as const)('state %s shows the %s icon', (state, icon) => {
    expect(buildTrayModel(input({ state })).icon).toBe(icon);
  });

  it('puts the status line first and in the tooltip, and minutes left in the macOS title', () => {
    const model = buildTrayModel(
      input({
        state: 'open',
        statusLine: 'Open, 23 min left',
        minutesLeft: 23,
        access: { ...access, open: true },
      }),
    );
    expect(model.items[0]).toEqual({
      id: 'status',
      label: 'Open, 23 min left',
      kind: 'status',
      enabled: false,
    });
    expect(model.tooltip).toBe('Netwell: Open, 23 min left');
    expect(model.title).toBe('23m');
    expect(enabled(model)).toMatchObject({ workspace: true, 'start-now': false });
  });

  it('offers the menu the issue lists, ending with Quit', () => {
    const labels = buildTrayModel(input({}))
      .items.filter((i) => i.kind === 'action')
      .map((i) => i.label);
    expect(labels).toEqual([
      'Open Netwell',
      'Open workspace',
      'Start a window now',
      'Take the rest of today off',
      'Snooze reminders for 1 hour',
      'Today',
      'Check in',
      'Settings',
      'Quit Netwell',
    ]);
  });

  it('has no "Start a window now" in strict mode, and disables what does not apply', () => {
    const strict = buildTrayModel(input({ mode: 'strict' }));
    expect(strict.items.some((i) => i.id === 'start-now')).toBe(false);
    expect(enabled(buildTrayModel(input({ state: 'paused' })))['today-off']).toBe(false);
    expect(enabled(buildTrayModel(input({ snoozedUntil: '2026-01-01T00:00:00Z' })))['snooze']).toBe(
      false,
    );
    expect(enabled(buildTrayModel(input({})))['workspace']).toBe(false);
  });

  it('over budget in firm mode, "Start a window now" is disabled and says why; gentle may start one', () => {
    const spent = { todayMin: 45, weekMin: 45, dailyBudgetMin: 45, weeklyBudgetMin: 300 };
    const firm = buildTrayModel(input({}, spent)).items.find((i) => i.id === 'start-now');
    expect(firm).toMatchObject({
      enabled: false,
      label: "Start a window now (today's 45-minute budget is used up)",
    });
    const weekly = { todayMin: 10, weekMin: 300, dailyBudgetMin: 45, weeklyBudgetMin: 300 };
    expect(buildTrayModel(input({}, weekly)).items.find((i) => i.id === 'start-now')).toMatchObject(
      { enabled: false, label: "Start a window now (this week's 300-minute budget is used up)" },
    );
    const gentle = buildTrayModel(input({ mode: 'gentle' }, spent));
    expect(gentle.items.find((i) => i.id === 'start-now')).toMatchObject({
      enabled: true,
      label: 'Start a window now, over budget',
    });
  });

  it('a window locked by its budget shows neither the open icon nor a countdown', () => {
    const model = buildTrayModel(
      input({
        state: 'open',
        statusLine: "Locked: today's budget is used",
        minutesLeft: 20,
        access: { ...access, open: false, reason: 'daily-budget' },
      }),
    );
    expect(model.icon).toBe('off');
    expect(model.title).toBe('');
  });
});
