/**
 * Every end-to-end test gets its own browser host on a fresh temporary data folder, with test
 * controls on, and a page already pointed at it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { NotificationIntent, TrayModel } from '../../electron/shared/app-model';
import type { BoundaryStatus } from '../../electron/shared/boundaries';
import { authorization, startHostProcess, type HostProcess } from './web-host-process';

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
  /** The bare origin; the page already has this run's session cookie, so `${url}/#/…` opens. */
  url: string;
  /** This run's key (it changes with each restart). */
  token: string;
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

/**
 * The test controls of the host `current()` (read at each call, as a restart changes its address
 * and key). They need the run's key, sent as a bearer token.
 */
export function hostControls(current: () => { url: string; token: string }): HostControls {
  const post = async (body: unknown, path = 'clock'): Promise<TestState> => {
    const res = await fetch(`${current().url}/__test__/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authorization(current()) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} control failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as TestState;
  };
  return {
    state: async () => {
      const res = await fetch(`${current().url}/__test__/state`, {
        headers: authorization(current()),
      });
      if (!res.ok) throw new Error(`state control failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as TestState;
    },
    setClock: (iso) => post({ set: iso }),
    advanceClock: (ms) => post({ advanceMs: ms }),
    system: (event, options = {}) => post({ event, ...options }, 'system'),
    activity: (activity) => post(activity, 'activity'),
  };
}

/** Opens the host the way a user does: the printed address, whose key the host trades for a cookie. */
export async function signIn(page: Page, host: { url: string; token: string }): Promise<void> {
  await page.goto(`${host.url}/?token=${host.token}`);
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
      get token() {
        return process.token;
      },
      dataDir,
      async restart() {
        await process.stop();
        process = await startHostProcess(['--data-dir', dataDir, '--port', '0', '--test-controls']);
        await signIn(page, process);
      },
      stop: () => process.stop(),
      ...hostControls(() => process),
    };
    await signIn(page, process);
    await use(fixture);
    await process.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
