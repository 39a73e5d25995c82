import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core';
import { ManualClock } from '../../fixtures/manual-clock';
import { dispatch } from '../../../electron/core/dispatch';
import { confFactory, fakeHost } from '../../main/test-core';
import { tempDir } from '../temp-dir';

/** Berlin, so a break's end (local midnight) is on the day before in UTC. */
async function setup(start: string) {
  const clock = new ManualClock(start);
  const told: Array<{ open: boolean; onBreak: string[] }> = [];
  const core = await createCore({
    dataDir: tempDir(),
    clock,
    settingsFactory: confFactory,
    host: fakeHost({
      systemTimeZone: () => 'Europe/Berlin',
      workspace: {
        applyAccess: (open, _sites, onBreak = []) => told.push({ open, onBreak: [...onBreak] }),
        show: () => true,
        hide: () => {},
      },
    }),
    log: (e) => {
      throw e;
    },
  });
  const call = (name: Parameters<typeof dispatch>[1], input?: unknown) =>
    dispatch(core.handlers, name, input);
  await call('schedule.save', {
    version: 1,
    schedule: {
      timeZone: 'Europe/Berlin',
      // Every day 23:30–00:30 Berlin: a window that runs past midnight, into a break's end.
      windows: [{ id: 'w', days: [0, 1, 2, 3, 4, 5, 6], start: '23:30', end: '00:30' }],
      reminderLeadMin: 5,
      closingMin: 5,
    },
    exceptions: { daysOff: [], extraWindows: [] },
  });
  await call('settings.update', {
    sites: [
      { id: 'li', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' },
      { id: 'ma', name: 'Mastodon', url: 'https://mastodon.social/home' },
    ],
  });
  const bounds = { x: 0, y: 0, width: 800, height: 600 };
  return { clock, core, call, told, bounds, last: () => told.at(-1) };
}

describe('a platform break in the workspace', () => {
  it('the host keeps the site locked in an open window, and the refusal names the local day it ends', async () => {
    // Wednesday 2 Dec 2026, 23:40 Berlin: inside the window.
    const { core, call, last, bounds } = await setup('2026-12-02T22:40:00Z');
    expect(core.boundaries.status.get().access.open).toBe(true);
    const lock = await call('platform.takeBreak', { platform: 'linkedin', days: 7 });
    expect(lock).toMatchObject({ ok: true, value: { until: '2026-12-08T23:00:00.000Z' } });
    expect(last()).toEqual({ open: true, onBreak: ['li'] });
    expect(await call('workspace.show', { siteId: 'li', bounds })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('until Wed 9 Dec.') },
    });
    expect(await call('workspace.show', { siteId: 'ma', bounds })).toMatchObject({ ok: true });
    await core.close();
  });

  it('a break that ends during a window gives the site back then, with no other prompt', async () => {
    const { clock, core, call, last, bounds } = await setup('2026-12-02T22:40:00Z');
    await call('platform.takeBreak', { platform: 'linkedin', days: 1 }); // until Thu 00:00 Berlin
    expect(last()).toEqual({ open: true, onBreak: ['li'] });
    clock.set('2026-12-02T22:59:00Z');
    expect(last()).toEqual({ open: true, onBreak: ['li'] });
    clock.set('2026-12-02T23:00:00Z'); // midnight in Berlin, still inside the window
    expect(core.boundaries.status.get()).toMatchObject({ state: 'open', siteBreaks: [] });
    expect(last()).toEqual({ open: true, onBreak: [] });
    expect(await call('workspace.show', { siteId: 'li', bounds })).toMatchObject({ ok: true });
    await core.close();
  });

  it('a break taken outside a window still holds when the next window opens', async () => {
    const { clock, core, call, last, bounds } = await setup('2026-12-02T12:00:00Z');
    await call('platform.takeBreak', { platform: 'linkedin', days: 7 });
    expect(last()).toEqual({ open: false, onBreak: ['li'] });
    clock.set('2026-12-02T22:31:00Z'); // the window opens
    expect(last()).toEqual({ open: true, onBreak: ['li'] });
    expect(await call('workspace.show', { siteId: 'li', bounds })).toMatchObject({ ok: false });
    await core.close();
  });
});
