import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core';
import { ManualClock } from '../../fixtures/manual-clock';
import { dispatch } from '../../../electron/core/dispatch';
import { confFactory, fakeHost } from '../../main/test-core';
import { tempDir } from '../temp-dir';

describe('a break from a platform', () => {
  it("locks that platform's sites in the workspace for N days, even inside windows", async () => {
    const clock = new ManualClock('2026-03-02T12:10:00Z'); // inside Monday's window
    const hide = vi.fn();
    const core = await createCore({
      dataDir: tempDir(),
      clock,
      settingsFactory: confFactory,
      host: fakeHost({
        systemTimeZone: () => 'UTC',
        workspace: { applyAccess: () => {}, show: () => true, hide },
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
        timeZone: 'UTC',
        windows: [{ id: 'w', days: [1], start: '12:00', end: '12:45' }],
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
    expect(await call('workspace.show', { siteId: 'li', bounds })).toEqual({
      ok: true,
      value: { embedded: true },
    });
    const lock = await call('platform.takeBreak', { platform: 'linkedin', days: 3 });
    expect(lock).toEqual({
      ok: true,
      value: { siteIds: ['li'], until: '2026-03-05T00:00:00.000Z' },
    });
    expect(hide).toHaveBeenCalled();
    expect(await call('workspace.show', { siteId: 'li', bounds })).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringMatching(/break from LinkedIn until Thu 5 Mar\./),
      },
    });
    expect(await call('workspace.show', { siteId: 'ma', bounds })).toMatchObject({ ok: true });
    expect(core.boundaries.status.get().siteBreaks).toEqual([
      { siteId: 'li', until: '2026-03-05T00:00:00.000Z' },
    ]);
    clock.set('2026-03-09T12:10:00Z'); // next Monday's window: the break is over
    expect(await call('workspace.show', { siteId: 'li', bounds })).toMatchObject({ ok: true });
    expect(await call('platform.takeBreak', { platform: 'discord', days: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await core.close();
  });
});
