import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { SchedulePage } from './pages/SchedulePage';

/** A Wednesday; in December London is on UTC, so "12:00 London" is 12:00Z. */
const DAY = '2026-12-02';
const at = (time: string) => `${DAY}T${time}:00Z`;

test.beforeEach(async ({ host }) => {
  await host.setClock(at('10:00'));
});

test('a window set in the UI shows in the week, and its reminder reaches the tray and the header', async ({
  page,
  host,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.setUp(host, 'Europe/London', [
    { days: ['Wed'], start: '12:00', end: '12:45', label: 'LinkedIn' },
  ]);

  // The week starts today (Wednesday) and shows the window with its label.
  await expect(schedule.week.getByRole('listitem').first()).toContainText('Today');
  const today = schedule.day(/^Today/);
  await expect(today).toContainText('12:00–12:45');
  await expect(today).toContainText('LinkedIn');
  await expect(schedule.day('Thu 3 Dec')).toContainText('No windows');
  await expect(schedule.timeZone).toHaveValue('(UTC+00:00) London — Europe/London');
  await expect(page.getByText('Times in Europe/London')).toBeVisible();

  // The form shows what was saved (after a reload too).
  await page.reload();
  await expect(
    schedule.window(1).getByRole('checkbox', { name: 'Wed', exact: true }),
  ).toBeChecked();
  await expect(schedule.window(1).getByLabel('Start', { exact: true })).toHaveValue('12:00');

  // Two minutes before the window: the reminder, the tray icon and the header line.
  const state = await host.setClock(at('11:58'));
  expect(state.notifications.at(-1)?.kind).toBe('window-upcoming');
  expect(state.tray.icon).toBe('upcoming');
  await expect(schedule.shell.status).toContainText('Window opens in 2 min');
});

test('every problem is listed, edits stay, and overlapping windows can be merged', async ({
  page,
  host,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.open(host);
  await schedule.chooseTimeZone('Europe/London');
  await schedule.addWindow({ days: ['Mon'], start: '12:00', end: '12:45', label: 'LinkedIn' });
  await schedule.addWindow({ days: ['Mon'], start: '12:30', end: '13:00' });
  await schedule.addWindow({ days: ['Fri'], start: '09:00', end: '09:00' });
  await schedule.save();

  await expect(schedule.errorSummary).toBeVisible();
  await expect(schedule.errorSummary).toBeFocused();
  await expect(schedule.errorSummary).toContainText('2 things need a look before saving');
  await expect(schedule.errorSummary).toContainText(
    'Mon 12:00–12:45 (LinkedIn) overlaps Mon 12:30–13:00',
  );
  await expect(schedule.errorSummary).toContainText('Window 3: the end must differ from the start');
  // Nothing typed is lost.
  await expect(schedule.windows()).toHaveCount(3);
  await expect(schedule.window(2).getByLabel('Start', { exact: true })).toHaveValue('12:30');

  // Fix the third by hand; merge the first two.
  await schedule.window(3).getByRole('button', { name: 'Remove window 3' }).click();
  await expect(schedule.windows()).toHaveCount(2);
  await schedule.save();
  await expect(schedule.errorSummary).toContainText('One thing needs a look before saving');
  await schedule.mergeButton.click();
  await expect(schedule.errorSummary).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toContainText(
    'Merged: 2 windows became 1.',
  );
  await expect(schedule.windows()).toHaveCount(1);
  await expect(schedule.window(1).getByLabel('Start', { exact: true })).toHaveValue('12:00');
  await expect(schedule.window(1).getByLabel('End', { exact: true })).toHaveValue('13:00');

  await schedule.save();
  await expect(schedule.shell.toast).toContainText('Schedule saved.');
  const state = await host.state();
  expect(state.boundaries.next?.start).toBe('2026-12-07T12:00:00.000Z');
  expect(state.boundaries.next?.end).toBe('2026-12-07T13:00:00.000Z');
  await expect(schedule.day('Mon 7 Dec')).toContainText('12:00–13:00');
});

test('a window past midnight is explained and saved', async ({ page, host }) => {
  const schedule = new SchedulePage(page);
  await schedule.open(host);
  await expect(page.getByText('End before start? The window runs past midnight.')).toBeVisible();
  await schedule.chooseTimeZone('Europe/London');
  await schedule.addWindow({ days: ['Wed'], start: '23:30', end: '00:30', label: 'Late chat' });
  await expect(schedule.window(1)).toContainText(
    'Runs past midnight, ending the next day at 00:30.',
  );
  await schedule.save();
  await expect(schedule.shell.toast).toContainText('Schedule saved.');
  const today = schedule.day(/^Today/);
  await expect(today).toContainText('23:30–00:30');
  await expect(today).toContainText('Ends the next day');
});

test('taking today off from Quick actions shows in the header and the week, kindly', async ({
  page,
  host,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.setUp(host, 'Europe/London', [
    { days: ['Wed', 'Thu'], start: '12:00', end: '12:45', label: 'LinkedIn' },
  ]);
  const shell = new AppShell(page);
  await shell.runQuickAction('Take the rest of today off');
  await expect(shell.status).toContainText(/^Networking status: Day off/);
  await expect(schedule.day(/^Today/)).toContainText('Day off — resting');
  await expect(schedule.day(/^Today/)).not.toContainText('12:00–12:45');
  expect((await host.state()).boundaries.state).toBe('paused');

  // Taken back from the list of what is coming up.
  await schedule.upcoming.getByRole('button', { name: /^Remove day off/ }).click();
  await expect(schedule.day(/^Today/)).toContainText('12:00–12:45');
  await expect(shell.status).not.toContainText('Day off');
});

test('days off with a reason, and a one-off window, show in the week and can be removed', async ({
  page,
  host,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.setUp(host, 'Europe/London', [
    { days: ['Wed', 'Thu', 'Fri'], start: '12:00', end: '12:45' },
  ]);

  await schedule.takeDaysOff(2, 'A holiday');
  await expect(schedule.day(/^Today/)).toContainText('Day off — holiday');
  await expect(schedule.day('Thu 3 Dec')).toContainText('Day off — holiday');
  await expect(schedule.day('Fri 4 Dec')).toContainText('12:00–12:45');
  await expect(schedule.upcoming).toContainText('Wed 2 Dec to Thu 3 Dec');

  const extra = schedule.extraWindowForm;
  await extra.getByLabel('Date').fill('2026-12-05');
  await extra.getByLabel('Start', { exact: true }).fill('10:00');
  await extra.getByLabel('End', { exact: true }).fill('10:30');
  await extra.getByRole('textbox', { name: /^Label/ }).fill('Meetup follow-ups');
  await extra.getByRole('button', { name: 'Add one-off window' }).click();
  const saturday = schedule.day('Sat 5 Dec');
  await expect(saturday).toContainText('10:00–10:30');
  await expect(saturday).toContainText('Meetup follow-ups');
  await expect(saturday).toContainText('One-off');
  await expect(schedule.upcoming).toContainText('Sat 5 Dec, 10:00–10:30');

  await schedule.upcoming.getByRole('button', { name: /^Remove one-off window/ }).click();
  await expect(saturday).toContainText('No windows');
  await schedule.upcoming.getByRole('button', { name: /^Remove day off/ }).click();
  await expect(schedule.day(/^Today/)).toContainText('12:00–12:45');
  await expect(page.getByText('No days off or one-off windows ahead.')).toBeVisible();
});

test('on first run, Today welcomes, offers starting at login and leads to the schedule', async ({
  page,
  host,
}) => {
  const shell = new AppShell(page);
  await page.goto(`${host.url}/#/today`);
  const welcome = page.getByRole('region', { name: 'Welcome to Netwell' });
  await expect(welcome).toBeVisible();
  const startAtLogin = welcome.getByRole('checkbox', { name: 'Start Netwell when I log in' });
  await startAtLogin.check();
  await expect(startAtLogin).toBeChecked();

  await welcome.getByRole('link', { name: 'setting your networking windows' }).click();
  await expect(shell.heading).toHaveText('Schedule');
  await expect(shell.navLink('Schedule')).toHaveAttribute('aria-current', 'page');

  await shell.goTo('Today');
  await welcome.getByRole('button', { name: 'Dismiss welcome' }).click();
  await expect(welcome).toHaveCount(0);
  await page.reload();
  await expect(shell.heading).toHaveText('Today');
  await expect(page.getByRole('region', { name: 'Networking windows' })).toBeVisible();
  await expect(welcome).toHaveCount(0);

  // The choice made in the welcome is the one in Settings.
  await shell.goTo('Settings');
  await expect(page.getByRole('checkbox', { name: 'Start Netwell when I log in' })).toBeChecked();
});

test('the Schedule and Workspace routes exist and Workspace follows Today in the navigation', async ({
  page,
  host,
}) => {
  const shell = new AppShell(page);
  const links = shell.nav.getByRole('link');
  await expect(links.nth(0)).toHaveText('Today');
  await expect(links.nth(1)).toHaveText('Workspace');
  await page.goto(`${host.url}/#/workspace`);
  await expect(shell.heading).toHaveText('Workspace');
  await page.goto(`${host.url}/#/schedule`);
  await expect(shell.heading).toHaveText('Schedule');
  await expect(page).toHaveTitle('Schedule · Netwell');
});
