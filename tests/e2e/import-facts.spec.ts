import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { callApi } from './pages/MeetingsPage';
import { ContactsPage } from './pages/ContactsPage';

const FIXTURES = join(process.cwd(), 'tests/fixtures/import');

/** Imports a fixture through the app's own calls (the dialog has its own tests). */
async function importFixture(page: Page, file: string) {
  const preview = await callApi<{ token: string }>(page, 'import.preview', {
    requestId: file,
    fileName: file,
    data: readFileSync(join(FIXTURES, file)).toString('base64'),
  });
  await callApi(page, 'import.commit', { token: preview.token });
}

test('a LinkedIn connection date shows as when you connected, never as a conversation', async ({
  page,
  host,
}) => {
  await host.setClock('2026-05-01T09:00:00.000Z');
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  await importFixture(page, 'linkedin-current.csv');
  await contacts.searchFor('Hopper');
  await contacts.choose(/Grace Hopper/);
  await expect(contacts.detailHeading).toHaveText('Grace Hopper');
  await expect(contacts.detail).toContainText('Connected on LinkedIn 28 Nov 2019');
  const relationship = contacts.section('Relationship');
  await expect(relationship).toContainText('no conversation logged yet');
  await expect(relationship).not.toContainText('last spoke');
  await expect(contacts.detail).not.toContainText('They reached out');
});

test("a card's second company and role are shown with the first", async ({ page, host }) => {
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  await importFixture(page, 'ezvcard-fullcontact.vcf');
  await contacts.searchFor('FirstName');
  await contacts.choose(/FirstName/);
  await expect(contacts.detail).toContainText('Title1 at Organization1');
  await expect(contacts.detail.getByRole('definition').filter({ hasText: 'Title2' })).toHaveText(
    'Title2 at Organization2',
  );
});
