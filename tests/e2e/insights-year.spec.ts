import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyData } from '../../electron/core/store/data-schema';
import { seededYear } from '../bench/insights-bench';
import { timeInsightsRange } from '../bench/insights-render';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { InsightsPage } from './pages/InsightsPage';

test.describe.configure({ timeout: 120_000 });

/**
 * A busy year of sessions, check-ins and interactions (the benchmark's seeded year) renders on the
 * Insights page with the right totals. The time from choosing "A year" to the charts being drawn
 * is attached to the test as an annotation (a measurement for the record, never asserted).
 */
test('a year of sessions renders on the Insights page', async ({ page, host }) => {
  const year = seededYear();
  await host.stop();
  for (const file of await readdir(host.dataDir)) {
    if (file.startsWith('netwell-data')) await rm(join(host.dataDir, file), { force: true });
  }
  const data = {
    ...emptyData(),
    sessions: year.sessions,
    checkIns: year.checkIns,
    interactions: year.interactions,
    boundaries: { ...emptyData().boundaries, usage: year.usage },
  };
  await writeFile(join(host.dataDir, 'netwell-data.json'), JSON.stringify(data));
  await host.restart();
  await host.setClock('2026-11-27T18:00:00Z');
  await page.reload();

  const shell = new AppShell(page);
  const insights = new InsightsPage(page);
  await shell.goTo('Insights');
  await expect(insights.chart('Minutes per week')).toContainText('in 4 weeks');

  const measureRange = (range: '4w' | '1y') => timeInsightsRange(page, range);
  const first = await measureRange('1y');
  await measureRange('4w');
  const renderMs = await measureRange('1y');
  test
    .info()
    .annotations.push({ type: 'insights_year_first_render_ms', description: first.toFixed(1) });
  test
    .info()
    .annotations.push({ type: 'insights_year_render_ms', description: renderMs.toFixed(1) });
  await expect(insights.range('A year')).toBeChecked();

  const minutes = year.usage.reduce((n, u) => n + u.minutes, 0);
  const expected = year.usage
    .filter((u) => u.day >= '2025-12-01')
    .reduce((n, u) => n + u.minutes, 0);
  expect(minutes).toBeGreaterThan(expected);
  await expect(insights.chart('Minutes per week')).toContainText(`${expected} minutes in 52 weeks`);
  await expect(insights.chart('Energy and chores')).toContainText(
    `${year.checkIns.filter((c) => c.at >= '2025-12-01').length} check-ins`,
  );
});
