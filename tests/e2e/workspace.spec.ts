import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
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

test('in a window the sites open (as links in the browser); after it a calm lock screen says when it opens', async ({
  page,
  host,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open(host);
  await workspace.preset('LinkedIn').click();
  await expect(workspace.sites.getByText('https://www.linkedin.com/feed/')).toBeVisible();
  await expect(workspace.preset('LinkedIn')).toHaveCount(0);

  // Before the window: locked, saying when it opens and what is due then.
  await expect(workspace.lockScreen).toContainText(
    'Outside your networking windows. The workspace opens Wed 12:00.',
  );
  await expect(workspace.lockScreen).toContainText('Next up: LinkedIn, Wed 12:00–12:45');
  expect((await host.state()).workspace.open).toBe(false);

  // In the window: the sites, the time left, the usage.
  await host.setClock(at('12:01'));
  await expect(workspace.openPanel).toBeVisible();
  await expect(workspace.lockScreen).toHaveCount(0);
  const link = workspace.siteLink('LinkedIn');
  await expect(link).toHaveAttribute('href', 'https://www.linkedin.com/feed/');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noreferrer');
  await expect(
    page.getByText('In the desktop app, sites open here, inside Netwell.'),
  ).toBeVisible();
  await expect(workspace.openPanel).toContainText('Open, 44 min left');
  await expect(workspace.openPanel).toContainText('0 min today');
  expect((await host.state()).workspace.open).toBe(true);

  // Quick actions follow the state: no starting a window inside one.
  const shell = new AppShell(page);
  await shell.quickActionsButton().click();
  await expect(shell.quickAction('Start a window now')).toBeDisabled();
  await expect(shell.quickAction('Open workspace')).toBeEnabled();
  await page.keyboard.press('Escape');

  // Closing: a little more time, on request.
  await host.setClock(at('12:41'));
  await expect(workspace.openPanel).toContainText('Closing, 4 min left');
  await workspace.keepGoingButton.click();
  await host.setClock(at('12:50'));
  await expect(workspace.openPanel).toContainText(/Overtime, [67] min left/);

  // Past the end: the lock screen with the next window, and the "closed" notification.
  const state = await host.setClock(at('13:00'));
  await expect(workspace.lockScreen).toBeVisible();
  await expect(workspace.lockScreen).toContainText('The workspace opens Wed 12:00.');
  expect(state.notifications.map((n) => n.kind)).toContain('window-closed');
  expect(state.workspace.open).toBe(false);

  // The check-in is offered once as a dialog; closed, Today keeps it one click away.
  const checkIn = page.getByRole('dialog', { name: 'How did that feel?' });
  await expect(checkIn).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(checkIn).toBeHidden();
  await shell.goTo('Today');
  await expect(page.getByRole('region', { name: 'Check in' })).toContainText(
    'Networking window (LinkedIn), Wed 12:00–',
  );
  await expect(page.getByRole('region', { name: 'Networking windows' })).toContainText(
    'Next window',
  );
});

test('firm mode: unlocking asks why, counts down the unlocks, is logged, and locks again after 10 minutes', async ({
  page,
  host,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open(host);
  await expect(workspace.lockScreen).toContainText('3 unlocks left today');

  await workspace.unlock('just look');
  await expect(workspace.unlockReason).toBeFocused();
  await expect(workspace.lockScreen).toContainText(
    'Say in a few words why you need to go in now (at least 10 characters).',
  );
  await expect(workspace.unlockReason).toHaveValue('just look');
  expect((await host.state()).workspace.open).toBe(false);

  await workspace.unlock('Reply to Ana about the design intro');
  await expect(workspace.openPanel).toBeVisible();
  await expect(workspace.openPanel).toContainText('2 unlocks left today');
  await expect(workspace.unlockLog).toContainText('Reply to Ana about the design intro');
  await expect(workspace.unlockLog).toContainText('Wed 2 Dec, 10:00–10:10');
  expect((await host.state()).workspace.open).toBe(true);

  const state = await host.advanceClock(10 * 60_000);
  await expect(workspace.lockScreen).toBeVisible();
  await expect(workspace.lockScreen).toContainText('2 unlocks left today');
  expect(state.workspace.open).toBe(false);
  expect(state.notifications.at(-1)?.kind).toBe('unlock-expired');
});

test('firm mode: "Start a window now" opens the workspace', async ({ page, host }) => {
  const workspace = new WorkspacePage(page);
  await workspace.open(host);
  await workspace.startNowButton.click();
  await expect(workspace.openPanel).toBeVisible();
  await expect(workspace.openPanel).toContainText('Open, 30 min left');
  expect((await host.state()).workspace.open).toBe(true);
});

test('strict mode, chosen in Settings: no unlocking and no "Start a window now"', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.lockMode('Firm')).toBeChecked();
  await settings.lockMode('Strict').check();
  await expect(settings.lockMode('Strict')).toBeChecked();

  const workspace = new WorkspacePage(page);
  await workspace.shell.goTo('Workspace');
  await expect(workspace.lockScreen).toContainText(
    'Strict mode: no unlocking until your next window.',
  );
  await expect(workspace.unlockReason).toHaveCount(0);
  await expect(workspace.startNowButton).toHaveCount(0);

  const shell = new AppShell(page);
  await shell.quickActionsButton().click();
  await expect(shell.quickAction('Take the rest of today off')).toBeVisible();
  await expect(shell.quickAction('Start a window now')).toHaveCount(0);

  // Kept after a reload.
  await page.reload();
  await settings.open();
  await expect(settings.lockMode('Strict')).toBeChecked();
});

test('gentle mode never locks', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.lockMode('Gentle').check();
  const workspace = new WorkspacePage(page);
  await workspace.shell.goTo('Workspace');
  await expect(workspace.openPanel).toBeVisible();
  await expect(workspace.lockScreen).toHaveCount(0);
  expect((await host.state()).workspace.open).toBe(true);
});

test('the daily budget, set in Settings, locks the workspace once used', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.setDailyBudget(20);
  await expect(settings.shell.toast).toContainText('Budgets and breaks saved.');

  const workspace = new WorkspacePage(page);
  await workspace.shell.goTo('Workspace');
  await host.setClock(at('12:05'));
  await expect(workspace.openPanel).toContainText('0 of 20 min today');

  await host.activity({ focused: true, idleSeconds: 0 });
  // The host's test clock runs on between the calls above, so use counts from a few real
  // milliseconds after 12:05: a minute past the budget leaves no doubt that it was used up.
  const state = await host.advanceClock(21 * 60_000);
  expect(state.notifications.map((n) => n.kind)).toContain('budget-reached');
  await expect(workspace.lockScreen).toContainText("You have used today's networking budget.");
  // A budget is not a schedule: starting a window would not help, so it is not offered.
  await expect(workspace.startNowButton).toHaveCount(0);
  expect(state.workspace.open).toBe(false);

  await page.reload();
  await settings.open();
  await expect(settings.dailyBudget).toHaveValue('20');
});

test('sites: the host explains a bad address; sites can be added and removed', async ({
  page,
  host,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open(host);
  await expect(workspace.sites).toContainText('No sites yet.');

  await workspace.siteName.fill('Forum');
  await workspace.siteAddress.fill('http://forum.example.com');
  await workspace.addSiteButton.click();
  await expect(workspace.sites).toContainText(
    'A site must be a web address starting with https://',
  );
  await expect(workspace.siteAddress).toBeFocused();
  await expect(workspace.siteName).toHaveValue('Forum');

  await workspace.siteAddress.fill('https://forum.example.com/');
  await workspace.addSiteButton.click();
  await expect(workspace.removeSite('Forum')).toBeVisible();
  await expect(workspace.siteName).toHaveValue('');

  await workspace.preset('Mastodon').click();
  await expect(workspace.removeSite('Mastodon')).toBeVisible();
  await expect(workspace.preset('Mastodon')).toHaveCount(0);

  // Other settings changes keep the sites.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.theme('Dark').check();
  await settings.notification('Break suggestions').uncheck();
  await workspace.shell.goTo('Workspace');
  await expect(workspace.removeSite('Forum')).toBeVisible();

  await workspace.removeSite('Forum').click();
  await expect(workspace.removeSite('Forum')).toHaveCount(0);
  const state = await host.state();
  expect(state.workspace.open).toBe(false);
  await page.reload();
  await expect(workspace.removeSite('Mastodon')).toBeVisible();
  await settings.open();
  await expect(settings.theme('Dark')).toBeChecked();
  await expect(settings.notification('Break suggestions')).not.toBeChecked();
  await expect(settings.notification('Window opened')).toBeChecked();
});
