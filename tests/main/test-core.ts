/** A real core in a temporary data folder, with conf for settings (as the web host uses). */
import { memorySecrets } from '../../electron/web/memory-secrets';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { createCore, type Core } from '../../electron/core/app/create-core';
import type { HostPort } from '../../electron/core/ports';
import { ManualClock } from '../fixtures/manual-clock';
import type { ConfFactory } from '../../electron/core/settings/settings-store';

export const confFactory: ConfFactory = (options) => new Conf(options);

export async function tempDir(prefix = 'netwell-main-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export function fakeHost(overrides: Partial<HostPort> = {}): HostPort {
  return {
    kind: 'electron',
    version: '0.0.0-test',
    platform: 'linux',
    trayAvailable: () => true,
    openExternal: () => Promise.resolve(),
    showWindow: () => undefined,
    quit: () => undefined,
    systemTimeZone: () => 'Europe/Lisbon',
    idleSeconds: () => null,
    workspace: { applyAccess: () => undefined, show: () => false, hide: () => undefined },
    setStartAtLogin: () => undefined,
    openCalendarFile: () => Promise.resolve(false),
    secrets: memorySecrets(),
    ...overrides,
  };
}

export async function testCore(dataDir: string, host: HostPort = fakeHost()): Promise<Core> {
  return createCore({
    dataDir,
    clock: new ManualClock('2025-03-03T09:00:00.000Z'),
    settingsFactory: confFactory,
    host,
    log: () => undefined,
  });
}
