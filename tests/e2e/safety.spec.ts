import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { SafetyPage } from './pages/SafetyPage';
import { callApi } from './pages/MeetingsPage';

test('the report log: add an entry, find the report page, delete and undo, export', async ({
  page,
  host,
}) => {
  await callApi(page, 'contacts.create', { name: 'Sam Pushy' });
  const safety = new SafetyPage(page);
  await safety.open(host);
  await expect(safety.reportLog).toContainText(
    'Only you can see this. It never leaves your computer.',
  );
  await expect(safety.reportLog).toContainText('Nothing logged.');
  await expect(safety.exportButton).toBeDisabled();

  // Nothing written: the form says what it needs.
  await safety.addReportButton.click();
  await expect(safety.reportForm.getByRole('alert')).toContainText('Say what happened.');

  await safety.addReport({
    platform: 'LinkedIn',
    date: '2026-11-20',
    person: 'Sam Pushy',
    whatHappened: 'Five messages in a day, "just checking in", after I said no.',
    reported: true,
  });
  const entry = safety.report(/Sam Pushy/);
  await expect(entry).toContainText('Reported on LinkedIn.');
  const link = entry.getByRole('link', { name: /How to report on LinkedIn/ });
  await expect(link).toHaveAttribute('href', /^https:\/\/[^/]*linkedin\.com\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noreferrer');

  const download = page.waitForEvent('download');
  await safety.exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^netwell-report-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFDate,Platform,Person,What happened,')).toBe(true);
  expect(csv).toContain(
    '2026-11-20,LinkedIn,Sam Pushy,"Five messages in a day, ""just checking in"", after I said no.",yes,,https://',
  );

  await entry.getByRole('button', { name: /^Delete/ }).click();
  await expect(safety.reportLog).toContainText('Nothing logged.');
  await expect(safety.shell.undoButton()).toBeFocused();
  await safety.shell.undoButton().click();
  await expect(safety.report(/Sam Pushy/)).toContainText('Five messages in a day');
});

test('a break from LinkedIn locks its site until a day, and can end early', async ({
  page,
  host,
}) => {
  await callApi(page, 'settings.update', {
    sites: [{ id: 'linkedin', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' }],
  });
  const safety = new SafetyPage(page);
  await safety.open(host);

  // No Mastodon site in the workspace: the host says so, kindly.
  await safety.takeBreak('Mastodon', '3 days');
  await expect(safety.breaks.getByRole('alert')).toBeVisible();

  await safety.takeBreak('LinkedIn', '7 days');
  await expect(safety.breakList).toContainText(
    /LinkedIn is on a break until (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3}\./,
  );
  const state = await host.state();
  expect(state.boundaries.siteBreaks.map((b) => b.siteId)).toEqual(['linkedin']);

  await safety.breakList.getByRole('button', { name: 'End the break from LinkedIn' }).click();
  await expect(safety.breakList).toBeHidden();
  expect((await host.state()).boundaries.siteBreaks).toEqual([]);
});

test('blocked people are listed here, and can be unblocked', async ({ page, host }) => {
  const sam = await callApi<{ id: string }>(page, 'contacts.create', { name: 'Sam Pushy' });
  await callApi(page, 'contacts.block', { id: sam.id, reason: 'Would not take no.' });
  const safety = new SafetyPage(page);
  await safety.open(host);
  await expect(safety.blocked).toContainText('Sam Pushy');
  await expect(safety.blocked).not.toContainText('Would not take no.');
  await safety.blocked.getByRole('button', { name: 'Unblock Sam Pushy' }).click();
  await expect(safety.blocked).toContainText('No one is blocked.');

  // The navigation leads here too.
  await safety.shell.nav.getByRole('link', { name: 'Boundaries & safety' }).click();
  await expect(safety.shell.heading).toHaveText('Boundaries & safety');
});
