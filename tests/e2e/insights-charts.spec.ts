import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { emptyData } from '../../electron/core/store/data-schema';
import { expect, test, type WebHostFixture } from './fixtures';
import { AppShell } from './pages/AppShell';
import { callApi } from './pages/MeetingsPage';
import { InsightsPage, canvasPixels } from './pages/InsightsPage';

/** Thursday 12 March 2026, 18:00 UTC; the data below are the fortnight before it. */
const NOW = '2026-03-12T18:00:00Z';

/** Three days of networking time in the data folder, then the host restarted on it. */
async function seedMinutes(page: Page, host: WebHostFixture): Promise<void> {
  await host.stop();
  for (const file of await readdir(host.dataDir)) {
    if (file.startsWith('netwell-data')) await rm(join(host.dataDir, file), { force: true });
  }
  const usage = [
    { day: '2026-03-02', minutes: 30 },
    { day: '2026-03-05', minutes: 45 },
    { day: '2026-03-09', minutes: 20 },
  ];
  const data = { ...emptyData(), boundaries: { ...emptyData().boundaries, usage } };
  await writeFile(join(host.dataDir, 'netwell-data.json'), JSON.stringify(data));
  await host.restart();
  await host.setClock(NOW);
  await page.reload();
}

/** The surface colours of base.css, as a canvas reports them. */
const SURFACE = { light: [255, 255, 255], dark: [0x1a, 0x20, 0x1d] } as const;

test('the charts are drawn in the page’s colours, not black, and follow light and dark live', async ({
  page,
  host,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await seedMinutes(page, host);
  const insights = new InsightsPage(page);
  await new AppShell(page).goTo('Insights');
  await expect(insights.chart('Minutes per day')).toContainText('95 minutes of networking');
  const canvas = insights.chart('Minutes per day').locator('canvas');

  // Dark: the card's dark surface under bars, axes and labels in several colours.
  let pixels = await canvasPixels(canvas);
  expect(pixels.corner).toEqual(SURFACE.dark);
  expect(pixels.distinct).toBeGreaterThan(4);

  // The OS switches to light with Insights open: the charts are redrawn in light colours.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => (await canvasPixels(canvas)).corner).toEqual(SURFACE.light);
  pixels = await canvasPixels(canvas);
  expect(pixels.distinct).toBeGreaterThan(4);

  // Settings' theme wins over the OS, and the charts follow it too, without leaving the page.
  await callApi(page, 'settings.update', { theme: 'dark' });
  await expect.poll(async () => (await canvasPixels(canvas)).corner).toEqual(SURFACE.dark);
  await callApi(page, 'settings.update', { theme: 'system' });
  await expect.poll(async () => (await canvasPixels(canvas)).corner).toEqual(SURFACE.light);

  // The downloaded PNG has the same light background.
  const download = page.waitForEvent('download');
  await insights
    .chart('Minutes per day')
    .getByRole('button', { name: /Download PNG/ })
    .click();
  const png = await download;
  const path = (await png.path()) ?? '';
  const corner = await page.evaluate(
    async (bytes) => {
      const image = await createImageBitmap(
        new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
      );
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      context.drawImage(image, 0, 0);
      return Array.from(context.getImageData(2, 2, 1, 1).data.slice(0, 3));
    },
    Array.from(await readFile(path)),
  );
  expect(corner).toEqual(SURFACE.light);
});

test('"Minutes per day" has its data as a table for screen readers, like every chart', async ({
  page,
  host,
}) => {
  await seedMinutes(page, host);
  const insights = new InsightsPage(page);
  await new AppShell(page).goTo('Insights');
  const table = insights.table('Minutes per day');
  await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Minutes', 'Daily budget']);
  // One row per day of the four weeks, from their first Monday up to today, after the header.
  await expect(table.getByRole('row')).toHaveCount(1 + 3 * 7 + 4);
  await expect(table.getByRole('row').nth(1)).toContainText('Mon 16 Feb');
  await expect(table.getByRole('row').last()).toContainText('Thu 12 Mar');
  await expect(table.getByRole('row', { name: /^Thu 5 Mar/ })).toContainText('45');
  await expect(table.getByRole('row', { name: /^Mon 9 Mar/ })).toContainText('20');
  await expect(table.getByRole('row', { name: /^Tue 10 Mar/ })).toContainText('0');
  await expect(table.getByRole('row', { name: /^Mon 9 Mar/ })).toContainText('none');

  // Every chart has its table.
  for (const figure of await page.getByRole('figure').all()) {
    await expect(figure.getByRole('table')).toHaveCount(1);
  }
});
