import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { NetwellApi } from '../../electron/shared/api';
import { callNames } from '../../electron/shared/contract';
import { fake, ipcRenderer, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let api: NetwellApi;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../electron/preload/index');
  api = fake.exposed.get('netwell') as NetwellApi;
});

describe('the preload', () => {
  it('exposes exactly one object, window.netwell', () => {
    expect([...fake.exposed.keys()]).toEqual(['netwell']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('has one function per call in the contract, each invoking its own channel', async () => {
    for (const name of callNames) {
      const [namespace, method] = name.split('.') as [string, string];
      const fn = (
        api as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>
      )[namespace]?.[method];
      expect(typeof fn, name).toBe('function');
    }
    ipcRenderer.respond = (channel, input) => ({ ok: true, value: { channel, input } });
    await expect(api.contacts.page({ query: 'ana' })).resolves.toEqual({
      ok: true,
      value: { channel: 'netwell:contacts.page', input: { query: 'ana' } },
    });
  });

  it('hands listeners the payload only, never the IPC event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = api.on('contacts.changed', (...args: unknown[]) => received.push(args));
    ipcRenderer.deliver('netwell:contacts.changed', { ids: ['c1'] });
    expect(received).toEqual([[{ ids: ['c1'] }]]);
    off();
    ipcRenderer.deliver('netwell:contacts.changed', { ids: ['c2'] });
    expect(received).toHaveLength(1);
    expect(ipcRenderer.listenerCount('netwell:contacts.changed')).toBe(0);
  });

  it('refuses events that are not in the contract', () => {
    expect(() => api.on('evil' as never, () => undefined)).toThrow(/Unknown event/);
  });

  it('exposes no way to reach ipcRenderer', () => {
    const flat = JSON.stringify(Object.keys(api));
    expect(flat).not.toMatch(/ipc|send|invoke|require/i);
  });
});
