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
  let state = await host.advanceClock(20 * 60_000);
  await host.activity({ focused: false });
  await expect(workspace.lockScreen).toContainText("You have used today's networking budget.");
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
