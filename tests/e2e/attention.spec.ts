import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { AttentionPage } from './pages/AttentionPage';
import { callApi } from './pages/MeetingsPage';

test('the report log: add an entry, find the report page, delete and undo, export', async ({
  page,
  host,
}) => {
  await callApi(page, 'contacts.create', { name: 'Sam Pushy' });
  const attention = new AttentionPage(page);
  await attention.open(host);
  await expect(attention.reportLog).toContainText(
    'Only you can see this. It never leaves your computer.',
  );
  await expect(attention.reportLog).toContainText('Nothing logged.');
  await expect(attention.exportButton).toBeDisabled();

  // Nothing written: the form says what it needs.
  await attention.addReportButton.click();
  await expect(attention.reportForm.getByRole('alert')).toContainText('Say what happened.');

  await attention.addReport({
    platform: 'LinkedIn',
    date: '2026-11-20',
    person: 'Sam Pushy',
    whatHappened: 'Five messages in a day, "just checking in", after I said no.',
    reported: true,
  });
  const entry = attention.report(/Sam Pushy/);
  await expect(entry).toContainText('Reported on LinkedIn.');
  const link = entry.getByRole('link', { name: /How to report on LinkedIn/ });
  await expect(link).toHaveAttribute('href', /^https:\/\/[^/]*linkedin\.com\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noreferrer');

  const download = page.waitForEvent('download');
  await attention.exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^netwell-report-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFDate,Platform,Person,What happened,')).toBe(true);
  expect(csv).toContain(
    '2026-11-20,LinkedIn,Sam Pushy,"Five messages in a day, ""just checking in"", after I said no.",yes,,https://',
  );

  await entry.getByRole('button', { name: /^Delete/ }).click();
  await expect(attention.reportLog).toContainText('Nothing logged.');
  await expect(attention.shell.undoButton()).toBeFocused();
  await attention.shell.undoButton().click();
  await expect(attention.report(/Sam Pushy/)).toContainText('Five messages in a day');
});

test('a break from LinkedIn locks its site until a day, and can end early', async ({
  page,
  host,
}) => {
  await callApi(page, 'settings.update', {
    sites: [{ id: 'linkedin', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' }],
  });
  const attention = new AttentionPage(page);
  await attention.open(host);

  // No Mastodon site in the workspace: the host says so, kindly.
  await attention.takeBreak('Mastodon', '3 days');
  await expect(attention.breaks.getByRole('alert')).toBeVisible();

  await attention.takeBreak('LinkedIn', '7 days');
  await expect(attention.breakList).toContainText(
    /LinkedIn is on a break until (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3}\./,
  );
  const state = await host.state();
  expect(state.boundaries.siteBreaks.map((b) => b.siteId)).toEqual(['linkedin']);

  await attention.breakList.getByRole('button', { name: 'End the break from LinkedIn' }).click();
  await expect(attention.breakList).toBeHidden();
  expect((await host.state()).boundaries.siteBreaks).toEqual([]);
});

test('blocked people are listed here, and can be unblocked', async ({ page, host }) => {
  const sam = await callApi<{ id: string }>(page, 'contacts.create', { name: 'Sam Pushy' });
  await callApi(page, 'contacts.block', { id: sam.id, reason: 'Would not take no.' });
  const attention = new AttentionPage(page);
  await attention.open(host);
  await expect(attention.blocked).toContainText('Sam Pushy');
  await expect(attention.blocked).not.toContainText('Would not take no.');
  await attention.blocked.getByRole('button', { name: 'Unblock Sam Pushy' }).click();
  await expect(attention.blocked).toContainText('No one is blocked.');

  // The navigation leads here too.
  await attention.shell.nav.getByRole('link', { name: 'Boundaries & safety' }).click();
  await expect(attention.shell.heading).toHaveText('Boundaries & safety');
});
