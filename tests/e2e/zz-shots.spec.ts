import { expect, test } from './fixtures';
import { SchedulePage } from './pages/SchedulePage';
import { WorkspacePage } from './pages/WorkspacePage';

test('shots', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 2700 });
  await host.setClock('2026-12-02T10:00:00Z');
  const schedule = new SchedulePage(page);
  await schedule.open(host);
  await schedule.timeZone.selectOption('Europe/London');
  await schedule.addWindow({ days: ['Wed'], start: '12:00', end: '12:45', label: 'LinkedIn' });
  await schedule.addWindow({
    days: ['Tue', 'Thu'],
    start: '17:30',
    end: '18:00',
    label: 'Mastodon',
  });
  await schedule.save();
  await expect(schedule.shell.toast).toContainText('Schedule saved.');
  await schedule.takeDaysOff(1, 'A holiday');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shots/schedule.png', fullPage: true });
  await schedule.addWindow({ days: ['Wed'], start: '12:30', end: '13:00' });
  await schedule.save();
  await expect(schedule.errorSummary).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/schedule-error.png', fullPage: true });
  const ws = new WorkspacePage(page);
  await ws.open(host);
  await ws.preset('LinkedIn').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shots/lock.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/shots/lock-dark.png', fullPage: true });
});
