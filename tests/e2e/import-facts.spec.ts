import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendFile } from '../fixtures/send-file';
import { expect, test } from './fixtures';
import { callApi } from './pages/MeetingsPage';
import { ContactsPage } from './pages/ContactsPage';

const FIXTURES = join(process.cwd(), 'tests/fixtures/import');

/** Imports a fixture through the app's own calls (the dialog has its own tests). */
async function importFixture(page: Page, file: string) {
  const call = <T>(name: string, input?: unknown) => callApi<T>(page, name, input);
  const uploadId = await sendFile(call, readFileSync(join(FIXTURES, file)), 'import', file);
  const preview = await callApi<{ token: string }>(page, 'import.preview', {
    requestId: file,
    uploadId,
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

test('the name in parts: set in the form, written to the vCard, dropped by a rename', async ({
  page,
  host,
}) => {
  const ana = await callApi<{ id: string }>(page, 'contacts.create', { name: 'Ana García López' });
  const exportN = async () => {
    const file = await callApi<{ text: string }>(page, 'contacts.export', {
      ids: [ana.id],
      format: 'vcard',
    });
    return /^N:.*$/m.exec(file.text)?.[0];
  };
  // Three words: a middle name or two surnames, so the export does not guess.
  expect(await exportN()).toBe('N:;Ana García López;;;');

  const contacts = new ContactsPage(page);
  await contacts.open(host);
  await contacts.choose(/Ana García López/);
  await contacts.editButton.click();
  await contacts.form.getByText('Name in parts').click();
  await contacts.form.getByRole('textbox', { name: 'First name' }).fill('Ana');
  await contacts.form.getByRole('textbox', { name: 'Last name' }).fill('García López');
  await contacts.saveButton.click();
  await expect(contacts.detailHeading).toHaveText('Ana García López');
  expect(await exportN()).toBe('N:García López;Ana;;;');

  // A new last name in the display name: the old parts no longer fit and are not exported.
  await contacts.editButton.click();
  await contacts.field('name').fill('Ana García Pérez');
  await contacts.saveButton.click();
  await expect(contacts.detailHeading).toHaveText('Ana García Pérez');
  expect(await exportN()).toBe('N:;Ana García Pérez;;;');
});
