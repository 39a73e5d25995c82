/**
 * Every end-to-end test gets its own browser host on a fresh temporary data folder, with test
 * controls on, and a page already pointed at it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { NotificationIntent, TrayModel } from '../../electron/shared/app-model';
import { startHostProcess, type HostProcess } from './web-host-process';

export interface TestState {
  now: string;
  tray: TrayModel;
  notifications: NotificationIntent[];
}

export interface WebHostFixture {
  url: string;
  dataDir: string;
  /** Stops the host and starts it again on the same folder and port-independent URL (reload the page after). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  state(): Promise<TestState>;
  setClock(iso: string): Promise<TestState>;
  advanceClock(ms: number): Promise<TestState>;
}

export const test = base.extend<{ host: WebHostFixture }>({
  host: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'netwell-e2e-'));
    let process: HostProcess = await startHostProcess(['--data-dir', dataDir, '--port', '0', '--test-controls']);
    const post = async (body: unknown): Promise<TestState> => {
      const res = await fetch(`${process.url}/__test__/clock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`clock control failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as TestState;
    };
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
      state: async () => (await (await fetch(`${process.url}/__test__/state`)).json()) as TestState,
      setClock: (iso) => post({ set: iso }),
      advanceClock: (ms) => post({ advanceMs: ms }),
    };
    await page.goto(process.url);
    await use(fixture);
    await process.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
