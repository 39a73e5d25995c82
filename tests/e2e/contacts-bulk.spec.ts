import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyData, type Data } from '../../electron/core/store/data-schema';
import { DATA_FILE } from '../../electron/core/store/open-store';
import { generateAppData } from '../bench/generate-app-data';
import { makeContact } from '../fixtures/contact';
import { expect, test, type WebHostFixture } from './fixtures';
import { ContactsPage } from './pages/ContactsPage';

/** Stops the host, writes `data` as its data file, and starts it again on it. */
async function seed(host: WebHostFixture, data: Data): Promise<void> {
  await host.stop();
  await writeFile(join(host.dataDir, DATA_FILE), JSON.stringify(data));
  await host.restart();
}

test.describe('Contacts at scale: the list, bulk actions, merge', () => {
  test('a long list is virtualised and reachable by keyboard', async ({ page, host }) => {
    await seed(host, generateAppData({ contacts: 2000, interactions: 3000 }));
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await expect(contacts.count).toHaveText('2,000 contacts');
    // Only the rows in view (and a few either side) exist in the page.
    expect(await contacts.list.getByRole('listitem').count()).toBeLessThan(60);
    const first = contacts.list.getByRole('listitem').first();
    await expect(first).toHaveAttribute('aria-setsize', '2000');

    await first.getByRole('link').focus();
    await page.keyboard.press('End');
    const last = contacts.list.locator('li[aria-posinset="2000"]');
    await expect(last.getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(contacts.list.locator('li[aria-posinset="1999"]').getByRole('link')).toBeFocused();
    expect(await contacts.list.getByRole('listitem').count()).toBeLessThan(60);

    // Typing searches at once (no debounce), and the list starts again at the top.
    await contacts.searchFor('søren');
    await expect(contacts.count).toHaveText(/^\d+ match(es)? of 2,000 contacts$/);
    await expect(contacts.list.locator('li[aria-posinset="1"]')).toBeVisible();
  });

  test('a selection is tagged, archived, exported and deleted with Undo', async ({
    page,
    host,
  }) => {
    const people = ['Ana Lima', 'Ben Okafor', 'Chloé Martin', 'Dee Park', 'Eli Stone'];
    await seed(host, {
      ...emptyData(),
      contacts: people.map((name, i) => makeContact(`p${i}`, { name })),
    });
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    const bulk = page.getByRole('region', { name: 'Selected contacts' });
    const tick = (name: string) =>
      contacts.list.getByRole('checkbox', { name: `Select ${name}` }).check();

    await tick('Ana Lima');
    await tick('Ben Okafor');
    await tick('Chloé Martin');
    await expect(bulk.getByRole('status')).toHaveText('3 contacts selected');

    await bulk.getByRole('button', { name: 'Add tag…' }).click();
    await bulk.getByRole('textbox', { name: 'Tag to add' }).fill('alumni');
    await bulk.getByRole('button', { name: 'Add tag', exact: true }).click();
    await expect(contacts.shell.toast).toContainText('Tagged 3 contacts “alumni”.');
    await contacts.searchFor('alumni');
    await expect(contacts.count).toHaveText('3 matches of 5 contacts');

    // An empty tag is explained, and the selection stays.
    await bulk.getByRole('button', { name: 'Add tag…' }).click();
    await bulk.getByRole('button', { name: 'Add tag', exact: true }).click();
    await expect(bulk.getByRole('alert')).toContainText('Name the tag.');
    await expect(bulk.getByRole('status')).toHaveText('3 contacts selected');

    const download = page.waitForEvent('download');
    await bulk.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);

    await bulk.getByRole('button', { name: 'Delete' }).click();
    await expect(contacts.shell.toast).toContainText('Deleted 3 contacts.');
    await expect(contacts.count).toHaveText('No matches');
    await contacts.shell.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(contacts.shell.toast).toContainText('Restored 3 contacts.');
    await expect(contacts.count).toHaveText('3 matches of 5 contacts');

    // Select all of a search, then archive them.
    await contacts.searchFor('');
    await tick('Dee Park');
    await bulk.getByRole('button', { name: 'Select all 5' }).click();
    await expect(bulk.getByRole('status')).toHaveText('5 contacts selected');
    await bulk.getByRole('button', { name: 'Clear selection' }).click();
    await expect(bulk).toBeHidden();
    await tick('Eli Stone');
    await bulk.getByRole('button', { name: 'Archive' }).click();
    await expect(contacts.count).toHaveText('4 contacts');
    await contacts.filter('Archived').check();
    await expect(contacts.listItem('Eli Stone')).toBeVisible();
  });

  test('two records of one person merge, fields chosen side by side', async ({ page, host }) => {
    await seed(host, {
      ...emptyData(),
      contacts: [
        makeContact('a', { name: 'Ana Lima', company: 'Acme', emails: ['ana@acme.example'] }),
        makeContact('b', {
          name: 'Ana M. Lima',
          company: 'Globex',
          emails: ['ana@globex.example'],
        }),
        makeContact('c', { name: 'Ben Okafor' }),
      ],
      interactions: [
        {
          id: 'i1',
          contactId: 'b',
          kind: 'call',
          at: '2026-10-01T10:00:00.000Z',
          direction: 'inbound',
          channel: 'phone',
          note: 'Talked about the workshop.',
          meetingId: null,
          introductionId: null,
          eventId: null,
        },
      ],
    });
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.list.getByRole('checkbox', { name: 'Select Ana Lima' }).check();
    await contacts.list.getByRole('checkbox', { name: 'Select Ana M. Lima' }).check();
    await page.getByRole('button', { name: 'Merge…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Merge two contacts' });
    await expect(dialog.getByRole('table')).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Name from Ana Lima' })).toBeChecked();
    await dialog.getByRole('radio', { name: 'Company from Ana M. Lima' }).check();
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(contacts.shell.toast).toContainText('Merged into Ana Lima.');
    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await expect(contacts.detail).toContainText('Globex');
    await expect(contacts.detail).toContainText('ana@acme.example');
    await expect(contacts.detail).toContainText('ana@globex.example');
    await expect(contacts.timeline).toContainText('Talked about the workshop.');
    await expect(contacts.count).toHaveText('2 contacts');

    // Undo parts them again, each with their own history.
    await contacts.shell.toast.getByRole('button', { name: 'Undo' }).click();
    await expect(contacts.shell.toast).toContainText(
      'Merge undone: Ana Lima and Ana M. Lima are separate again.',
    );
    await expect(contacts.count).toHaveText('3 contacts');
    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await expect(contacts.detail).not.toContainText('Globex');
    await expect(contacts.detail).not.toContainText('Talked about the workshop.');
    await contacts.list.getByRole('link', { name: /^Ana M\. Lima/ }).click();
    await expect(contacts.detailHeading).toHaveText('Ana M. Lima');
    await expect(contacts.timeline).toContainText('Talked about the workshop.');
  });
});
