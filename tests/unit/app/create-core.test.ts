import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { fakeHost, testCore } from '../../main/test-core';
import { tempDir } from '../temp-dir';

describe('createCore: settings.update', () => {
  it('changes only the fields a patch names', async () => {
    const setStartAtLogin = vi.fn();
    const applyAccess = vi.fn();
    const core = await testCore(
      tempDir(),
      fakeHost({ setStartAtLogin, workspace: { applyAccess, show: () => false, hide: () => {} } }),
    );
    const sites = [{ id: 'li', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' }];
    await dispatch(core.handlers, 'settings.update', { theme: 'dark', sites });
    expect(applyAccess).toHaveBeenLastCalledWith(false, sites, []);
    applyAccess.mockClear();
    const result = await dispatch(core.handlers, 'settings.update', { startAtLogin: true });
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark', sites, startAtLogin: true } });
    expect(setStartAtLogin).toHaveBeenCalledExactlyOnceWith(true);
    expect(applyAccess).not.toHaveBeenCalled();
    await dispatch(core.handlers, 'settings.update', { theme: 'light' });
    expect(setStartAtLogin).toHaveBeenCalledOnce();
    expect(core.settings.get()).toMatchObject({ theme: 'light', startAtLogin: true, sites });
    await core.close();
  });

  it('announces every settings change, whoever made it', async () => {
    const core = await testCore(tempDir());
    const seen: unknown[] = [];
    core.bus.subscribe((name, payload) => {
      if (name === 'settings.changed') seen.push(payload);
    });
    await dispatch(core.handlers, 'settings.update', { theme: 'dark' });
    await dispatch(core.handlers, 'tray.activate', { id: 'today-off' });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({
      theme: 'dark',
      schedule: { exceptions: { daysOff: [{ reason: 'rest of today off' }] } },
    });
    await core.close();
  });

  it('refuses a bad site with a message and keeps the old settings', async () => {
    const core = await testCore(tempDir());
    const result = await dispatch(core.handlers, 'settings.update', {
      sites: [{ id: 'x', name: 'X', url: 'javascript:alert(1)' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'A site must be a web address starting with https://',
      },
    });
    expect(core.settings.get().sites).toEqual([]);
    await core.close();
  });
});
