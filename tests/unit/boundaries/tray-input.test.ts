import { describe, expect, it } from 'vitest';
import { trayInput } from '../../../electron/core/boundaries/tray-input';
import { NOW, OFF_HOURS, statusOf } from './status-fixture';

describe('trayInput', () => {
  it('counts the minutes left in a window, or in overtime, and none off-hours', () => {
    expect(trayInput(statusOf(), NOW)).toMatchObject({ state: 'open', minutesLeft: 35 });
    expect(trayInput(statusOf(OFF_HOURS), NOW).minutesLeft).toBeNull();
    const overtime = statusOf({
      result: { state: 'overtime', current: undefined, nextBoundary: null },
      data: { runtime: { overtimeUntil: '2026-03-02T12:25:00.000Z' }, unlocks: [], siteBreaks: [] },
    });
    expect(trayInput(overtime, NOW).minutesLeft).toBe(15);
  });
});
