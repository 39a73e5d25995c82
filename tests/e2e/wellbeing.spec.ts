import { axe, AXE_TAGS } from './axe';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test, type WebHostFixture } from './fixtures';
import { AppShell } from './pages/AppShell';
import { CheckInDialog, InsightsPage } from './pages/InsightsPage';
import { callApi } from './pages/MeetingsPage';
import { SchedulePage } from './pages/SchedulePage';

// A simulated fortnight on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** March 2026 in London is on UTC (summer time starts on the 29th), so 12:00 London is 12:00Z. */
const at = (day: string, time: string) => `2026-03-${day}T${time}:00Z`;

/** One networking window: 30 focused minutes of its 45, then it closes. */
async function networkFor30Minutes(host: WebHostFixture, day: string): Promise<void> {
  await host.setClock(at(day, '12:00'));
  await host.activity({ focused: true, idleSeconds: 0 });
  await host.setClock(at(day, '12:30'));
  await host.activity({ focused: false });
  await host.setClock(at(day, '12:50'));
}

async function expectNoViolations(page: Page, what: string) {
  const results = await axe(page).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

test.beforeEach(async ({ page, host }) => {
  await host.setClock(at('02', '09:00')); // Monday 2 March
  await new SchedulePage(page).setUp(host, 'Europe/London', [
    { days: ['Mon', 'Thu'], start: '12:00', end: '12:45', label: 'Outreach' },
  ]);
});

test('a fortnight of windows and check-ins: the insights add up, and three "chores" in a row suggest shorter windows', async ({
  page,
  host,
}) => {
  const shell = new AppShell(page);
  const checkIn = new CheckInDialog(page);
  await shell.goTo('Today');

  // Week 1, Monday: someone new is added during the window, so the quick wins say so.
  await host.setClock(at('02', '12:00'));
  await host.activity({ focused: true, idleSeconds: 0 });
  await callApi(page, 'contacts.create', { name: 'Ana Lima' });
  await host.setClock(at('02', '12:30'));
  await host.activity({ focused: false });
  await host.setClock(at('02', '12:50'));
  await expect(checkIn.dialog).toBeVisible();
  await expect(checkIn.dialog).toContainText('Networking window (Outreach), Mon 12:00–12:45');
  await expect(checkIn.dialog).toContainText('30 active minutes');
  await expect(checkIn.dialog.getByRole('spinbutton', { name: 'New connections' })).toHaveValue(
    '1',
  );
  // Energy and the chore question are asked, not assumed.
  await checkIn.dialog.getByRole('button', { name: 'Save check-in' }).click();
  await expect(checkIn.dialog.getByRole('alert')).toHaveText('Pick your energy from 1 to 5.');
  await expectNoViolations(page, 'the check-in dialog');
  await checkIn.answer(4, false);
  await expect(checkIn.dialog).toBeHidden();

  // Thursday, then the next Monday and Thursday: each one felt like a chore.
  for (const day of ['05', '09', '12']) {
    await networkFor30Minutes(host, day);
    await expect(checkIn.dialog).toBeVisible();
    await checkIn.answer(2, true);
    await expect(checkIn.dialog).toBeHidden();
  }
  const state = await host.state();
  // Never nagged twice: the close itself asked once per window, no extra check-in notices.
  expect(state.notifications.filter((n) => n.kind === 'window-closed')).toHaveLength(4);
  expect(state.notifications.filter((n) => n.kind === 'check-in')).toHaveLength(0);

  await shell.goTo('Insights');
  const insights = new InsightsPage(page);
  await expect(page.getByRole('term').filter({ hasText: 'Networking time' })).toBeVisible();
  await expect(page.locator('.stat-list')).toContainText('2 h');
  await expect(insights.chart('Minutes per week').getByRole('img')).toBeVisible();
  await expect(insights.chart('Minutes per week')).toContainText(
    '120 minutes in 4 weeks, 30 a week on average.',
  );
  const weeks = insights.table('Minutes per week');
  await expect(weeks.getByRole('row', { name: /Week of 2 Mar/ })).toContainText('60');
  await expect(weeks.getByRole('row', { name: /Week of 9 Mar/ })).toContainText('60');
  await expect(insights.chart('Energy and chores')).toContainText(
    '4 check-ins, average energy 2.5 of 5; 3 felt like a chore.',
  );
  await expect(insights.chart('Minutes per day')).toContainText(
    '120 minutes of networking on 4 days, no daily budget set.',
  );
  await expect(insights.chart('Invitations')).toContainText('No answers yet.');

  // A year: the same totals over 52 weeks.
  await insights.range('A year').check();
  await expect(insights.chart('Minutes per week')).toContainText('120 minutes in 52 weeks');
  await expect(insights.table('Minutes per week').getByRole('row')).toHaveCount(53);

  // Exports: the numbers as CSV, a chart as PNG.
  const csvDownload = page.waitForEvent('download');
  await insights.exportCsv.click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toBe('netwell-insights-2026-03-12-1y.csv');
  const csv = await readFile((await csvFile.path()) ?? '', 'utf8');
  // Week of 9 March up to Thursday: two sessions, two chores, and two offline days (Tue, Wed).
  expect(csv).toContain('2026-03-09,60,,2,0,2,2,2,0,0,0,0,2');
  const pngDownload = page.waitForEvent('download');
  await insights
    .chart('Minutes per week')
    .getByRole('button', { name: /Download PNG/ })
    .click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('netwell-minutes-per-week-1y-2026-03-12.png');
  const bytes = await readFile((await png.path()) ?? '');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

  // The suggestion, with its reason, and its one-click action changes the schedule.
  const card = insights.suggestions.getByRole('article', {
    name: 'Networking has felt like a chore lately',
  });
  await expect(card).toContainText('Your last 3 check-ins said it felt like a chore.');
  await expectNoViolations(page, 'Insights');
  await card.getByRole('button', { name: 'Make my windows 25% shorter' }).click();
  await expect(shell.toast).toContainText('Your weekly windows are now 25% shorter.');
  await expect(card).toHaveCount(0);
  const schedule = await callApi<{ schedule: { windows: Array<{ start: string; end: string }> } }>(
    page,
    'schedule.get',
  );
  expect(schedule.schedule.windows.map((w) => `${w.start}–${w.end}`)).toEqual(['12:00–12:35']);

  // The weekly review: one screen.
  await page.getByRole('link', { name: 'Weekly review' }).click();
  await expect(shell.heading).toHaveText('Weekly review');
  await expect(page.getByRole('region', { name: 'Time spent' })).toContainText(
    '1 h of networking in 2 sessions since Mon 9 Mar',
  );
  await expect(page.getByRole('region', { name: 'Next week’s windows' })).toContainText(
    'Mon 16 Mar, 12:00–12:35 (Outreach)',
  );
  await expectNoViolations(page, 'the weekly review');
});

test('a check-in can be skipped, and is not asked again', async ({ page, host }) => {
  const shell = new AppShell(page);
  const checkIn = new CheckInDialog(page);
  await shell.goTo('Today');
  await networkFor30Minutes(host, '02');
  await expect(checkIn.dialog).toBeVisible();
  await checkIn.dialog.getByRole('button', { name: 'Skip' }).click();
  await expect(checkIn.dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Check in' })).toHaveCount(0);
  await page.reload();
  await expect(shell.heading).toHaveText('Today');
  await expect(checkIn.dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Check in' })).toHaveCount(0);
});
