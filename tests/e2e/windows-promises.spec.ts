import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { SafetyPage } from './pages/SafetyPage';
import { SchedulePage } from './pages/SchedulePage';
import { SettingsPage } from './pages/SettingsPage';
import { WorkspacePage } from './pages/WorkspacePage';

/** A Wednesday; in December London is on UTC, so "12:00 London" is 12:00Z. */
const DAY = '2026-12-02';
const at = (time: string) => `${DAY}T${time}:00Z`;

test.beforeEach(async ({ page, host }) => {
  await host.setClock(at('10:00'));
  await new SchedulePage(page).setUp(host, 'Europe/London', [
    { days: ['Wed'], start: '12:00', end: '12:45', label: 'LinkedIn' },
  ]);
});

test('over the daily budget, "Start a window now" says why it is not offered, in the tray and the quick actions', async ({
  page,
  host,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.setDailyBudget(20);
  await expect(settings.shell.toast).toContainText('Budgets and breaks saved.');

  const workspace = new WorkspacePage(page);
  await workspace.shell.goTo('Workspace');
  await host.setClock(at('12:05'));
  await host.activity({ focused: true, idleSeconds: 0 });
  // A minute past the budget: the test clock runs on for a few real milliseconds between calls.
  let state = await host.advanceClock(21 * 60_000);
  await host.activity({ focused: false });
  await expect(workspace.lockScreen).toContainText("You have used today's networking budget.");
  // The budget ended the session: its check-in is asked (then put off for later).
  const checkIn = page.getByRole('dialog', { name: 'How did that feel?' });
  await expect(checkIn).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(checkIn).toBeHidden();
  // The window is still on the schedule, but nothing claims it is open.
  expect(state.boundaries.statusLine).toBe("Locked: today's budget is used");
  expect(state.tray.tooltip).not.toContain('Open');

  // After the window: the lock screen, the quick actions and the tray all say why not.
  state = await host.setClock(at('15:00'));
  const reason = "Today's 20-minute budget is used up.";
  await expect(workspace.lockScreen).toContainText(`No new window today: ${reason}`);
  await expect(workspace.startNowButton).toHaveCount(0);
  const label = "Start a window now (today's 20-minute budget is used up)";
  expect(state.tray.items.find((i) => i.id === 'start-now')).toMatchObject({
    label,
    enabled: false,
  });
  const shell = new AppShell(page);
  await shell.quickActionsButton().click();
  await expect(shell.quickAction(label)).toBeDisabled();
  await page.keyboard.press('Escape');
  state = await host.state();
  expect(state.boundaries).toMatchObject({ state: 'off', access: { open: false } });
  expect(state.workspace.open).toBe(false);
});

test('"Take the rest of today off" in a window closes it: "window closed" is said and the check-in is asked once', async ({
  page,
  host,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open(host);
  await host.setClock(at('12:05'));
  await expect(workspace.openPanel).toBeVisible();

  const shell = new AppShell(page);
  await shell.quickActionsButton().click();
  await shell.quickAction('Take the rest of today off').click();
  await expect(workspace.lockScreen).toContainText('You are taking time off.');

  const checkIn = page.getByRole('dialog', { name: 'How did that feel?' });
  await expect(checkIn).toBeVisible();
  let state = await host.state();
  const asks = () =>
    state.notifications.filter((n) => ['window-closed', 'check-in'].includes(n.kind));
  expect(asks().map((n) => n.kind)).toEqual(['window-closed']);
  await checkIn.getByRole('button', { name: 'Skip' }).click();
  await expect(checkIn).toBeHidden();

  // The rest of the day: asked once, never again.
  state = await host.setClock(at('13:00'));
  expect(asks().map((n) => n.kind)).toEqual(['window-closed']);
  await expect(checkIn).toBeHidden();
});

test('a break from LinkedIn shows in the workspace with the day it ends, and LinkedIn does not open until then', async ({
  page,
  host,
}) => {
  test.slow(); // three pages and two days
  const workspace = new WorkspacePage(page);
  await workspace.open(host);
  await workspace.preset('LinkedIn').click();
  await expect(workspace.sites.getByText('https://www.linkedin.com/feed/')).toBeVisible();
  await workspace.preset('Mastodon').click();
  await expect(workspace.sites.getByText('https://mastodon.social/home')).toBeVisible();

  const safety = new SafetyPage(page);
  await safety.open(host);
  await safety.takeBreak('LinkedIn', '1 day');
  await expect(safety.breakList).toContainText('LinkedIn is on a break until Thu 3 Dec.');

  // In the window: LinkedIn is listed as on a break, with no link; Mastodon opens as usual.
  await host.setClock(at('12:05'));
  await workspace.shell.goTo('Workspace');
  await expect(workspace.openPanel).toBeVisible();
  const sitesList = page.getByRole('list', { name: 'Your sites' });
  await expect(sitesList).toContainText('LinkedIn On a break until Thu 3 Dec');
  await expect(workspace.siteLink('LinkedIn')).toHaveCount(0);
  await expect(workspace.siteLink('Mastodon')).toHaveAttribute(
    'href',
    'https://mastodon.social/home',
  );
  await expect(workspace.sites).toContainText('On a break until Thu 3 Dec');

  // The break is over on Thursday: a window started then lists LinkedIn as usual.
  await host.setClock('2026-12-03T09:00:00Z');
  // Wednesday's window has closed in between: its check-in, put off for now.
  const checkIn = page.getByRole('dialog', { name: 'How did that feel?' });
  await expect(checkIn).toBeVisible();
  await page.keyboard.press('Escape');
  await workspace.startNowButton.click();
  await expect(workspace.openPanel).toBeVisible();
  await expect(workspace.siteLink('LinkedIn')).toHaveAttribute(
    'href',
    'https://www.linkedin.com/feed/',
  );
  await expect(workspace.sites).not.toContainText('On a break');
});
