/**
 * Every end-to-end test gets its own browser host on a fresh temporary data folder, with test
 * controls on, and a page already pointed at it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { NotificationIntent, TrayModel } from '../../electron/shared/app-model';
import type { BoundaryStatus } from '../../electron/shared/boundaries';
import { startHostProcess, type HostProcess } from './web-host-process';

export interface TestState {
  now: string;
  tray: TrayModel;
  notifications: NotificationIntent[];
  boundaries: BoundaryStatus;
  workspace: { open: boolean };
  machine: { timeZone: string; idleSeconds: number | null };
  /** Timers armed in the host's clock right now. */
  timers: number;
}

export type SystemEvent =
  'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'clock-changed' | 'timezone-changed';

export interface WebHostFixture {
  url: string;
  dataDir: string;
  /** Stops the host and starts it again on the same folder and port-independent URL (reload the page after). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  state(): Promise<TestState>;
  setClock(iso: string): Promise<TestState>;
  advanceClock(ms: number): Promise<TestState>;
  /** What Electron's powerMonitor would report; "resume" with sleptMs jumps the clock like a sleep. */
  system(event: SystemEvent, options?: { timeZone?: string; sleptMs?: number }): Promise<TestState>;
  /** Workspace focus and OS idle time, as the desktop app would observe them. */
  activity(activity: { focused?: boolean; idleSeconds?: number | null }): Promise<TestState>;
}

export type HostControls = Pick<
  WebHostFixture,
  'state' | 'setClock' | 'advanceClock' | 'system' | 'activity'
>;

/** The test controls of the host at `url()` (read at each call, as a restart changes it). */
export function hostControls(url: () => string): HostControls {
  const post = async (body: unknown, path = 'clock'): Promise<TestState> => {
    const res = await fetch(`${url()}/__test__/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} control failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as TestState;
  };
  return {
    state: async () => (await (await fetch(`${url()}/__test__/state`)).json()) as TestState,
    setClock: (iso) => post({ set: iso }),
    advanceClock: (ms) => post({ advanceMs: ms }),
    system: (event, options = {}) => post({ event, ...options }, 'system'),
    activity: (activity) => post(activity, 'activity'),
  };
}

export const test = base.extend<{ host: WebHostFixture }>({
  host: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'netwell-e2e-'));
    let process: HostProcess = await startHostProcess([
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--test-controls',
    ]);
    const fixture: WebHostFixture = {
      get url() {
        return process.url;
      },
      dataDir,
      async restart() {
        await process.stop();
        process = await startHostProcess(['--data-dir', dataDir, '--port', '0', '--test-controls']);
        await page.goto(process.url);
      },
      stop: () => process.stop(),
      ...hostControls(() => process.url),
    };
    await page.goto(process.url);
    await use(fixture);
    await process.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
