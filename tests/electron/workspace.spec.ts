/**
 * The networking workspace in the real shell: a site's WebContentsView goes into the window while
 * a networking window is open, and outside one the site's session refuses every request. The site
 * lives on a reserved `.invalid` host, so nothing here ever reaches the network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { NetwellApi } from '../../electron/shared/api';
import { findElectronBinary } from './electron-binary';
import { launchApp } from './launch-app';

const binary = findElectronBinary();
test.skip(
  'missing' in binary,
  `Electron binary not installed (run npm run electron:install on a machine with internet): ${
    'missing' in binary ? binary.missing : ''
  }`,
);

const site = { id: 'example', name: 'Example', url: 'https://netwell-e2e.invalid/' };
const partition = 'persist:site-example';
const area = { x: 0, y: 0, width: 400, height: 300 };

/** Child views of the main window's content view. */
const childViews = (app: ElectronApplication) =>
  app.evaluate(
    ({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.contentView.children.length ?? -1,
  );

/** What a request made in the site's own session comes to: "done" or the network error. */
const requestInSiteSession = (app: ElectronApplication) =>
  app.evaluate(
    async ({ session }, { partition, url }) => {
      try {
        await session.fromPartition(partition).fetch(url);
        return 'done';
      } catch (error) {
        return String(error);
      }
    },
    { partition, url: site.url },
  );

/** The page's bridge, inside page.evaluate (each callback runs in the page, so it is written there). */
type PageWindow = Window & { netwell: NetwellApi };

const showSite = (page: Page) =>
  page.evaluate(
    ([siteId, bounds]) => (window as PageWindow).netwell.workspace.show({ siteId, bounds }),
    [site.id, area] as const,
  );

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'netwell-electron-'));
});
test.afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

test('a site is embedded during a networking window, and its session is locked outside one', async () => {
  const { app, page } = await launchApp(binary, dataDir);

  const added = await page.evaluate(
    (s) => (window as PageWindow).netwell.settings.update({ sites: [s] }),
    site,
  );
  expect(added).toMatchObject({ ok: true });

  // No window is open: the core refuses to show the site, and its session refuses requests.
  expect(await showSite(page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await requestInSiteSession(app)).toContain('ERR_BLOCKED_BY_CLIENT');

  // Save a schedule with a window around now (an extra window: fixed instants, no time zones).
  const saved = await page.evaluate(() => {
    const now = Date.now();
    return (window as PageWindow).netwell.schedule.save({
      version: 1,
      schedule: { timeZone: null, windows: [], reminderLeadMin: 5, closingMin: 5 },
      exceptions: {
        daysOff: [],
        extraWindows: [
          {
            id: 'e2e-window',
            start: new Date(now - 5 * 60_000).toISOString(),
            end: new Date(now + 60 * 60_000).toISOString(),
            label: 'End-to-end',
          },
        ],
      },
    });
  });
  expect(saved).toMatchObject({ ok: true });
  await expect
    .poll(() => page.evaluate(() => (window as PageWindow).netwell.boundaries.status()))
    .toMatchObject({ ok: true, value: { access: { open: true } } });

  const before = await childViews(app);
  expect(await showSite(page)).toEqual({ ok: true, value: { embedded: true } });
  await expect.poll(() => childViews(app)).toBe(before + 1);

  const hidden = await page.evaluate(() => (window as PageWindow).netwell.workspace.hide());
  expect(hidden).toEqual({ ok: true, value: null });
  await expect.poll(() => childViews(app)).toBe(before);

  // The window is taken away again: the view goes, and the session is locked once more.
  await showSite(page);
  await expect.poll(() => childViews(app)).toBe(before + 1);
  const removed = await page.evaluate(() =>
    (window as PageWindow).netwell.boundaries.removeException({ id: 'e2e-window' }),
  );
  expect(removed).toMatchObject({ ok: true, value: { access: { open: false } } });
  await expect.poll(() => childViews(app)).toBe(before);
  expect(await requestInSiteSession(app)).toContain('ERR_BLOCKED_BY_CLIENT');

  await app.close();
});
