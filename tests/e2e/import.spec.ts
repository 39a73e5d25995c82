import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { callApi } from './pages/MeetingsPage';
import { ContactsPage } from './pages/ContactsPage';

test.describe.configure({ timeout: 120_000 });

const FIXTURES = join(process.cwd(), 'tests/fixtures/import');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('a LinkedIn export: preview, import, find the people, undo', async ({ page, host }) => {
  await callApi(page, 'contacts.create', { name: 'Ada', emails: ['ada@example.com'] });
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  await expect(contacts.count).toHaveText('1 contact');

  await page
    .getByLabel('Choose a file to import')
    .setInputFiles(join(FIXTURES, 'linkedin-current.csv'));
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  await expect(dialog).toBeVisible();
  const counts = dialog.getByRole('list', { name: 'What this import does' });
  await expect(counts).toContainText('3 new');
  await expect(counts).toContainText('1 already in Netwell');
  await expect(counts).toContainText('2 skipped (1 hidden LinkedIn member)');
  await expect(dialog.getByRole('table', { name: 'First new contacts' })).toContainText(
    'Grace Hopper',
  );

  await dialog.getByText('Skipped rows (2)').click();
  await expect(dialog.getByText(/^Line 8: A LinkedIn member who hides/)).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('dialog').withTags(TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.help}`),
      `axe on the import dialog (${colorScheme})`,
    ).toEqual([]);
  }

  await expect(dialog.getByRole('radio', { name: /^Merge/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import 4 contacts' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 3 new contacts, updated 1.')).toBeVisible();
  await expect(contacts.count).toHaveText('4 contacts');

  await contacts.search.fill('hopper');
  await expect(contacts.list).toContainText('Grace Hopper');
  await contacts.search.fill('Núñez');
  await expect(contacts.list).toContainText('María 🚀 Núñez');

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('Import undone: everything is as it was before.')).toBeVisible();
  await contacts.search.fill('');
  await expect(contacts.count).toHaveText('1 contact');
  await contacts.search.fill('hopper');
  await expect(contacts.list).toBeHidden();
});

test('a file that is not an address book gets a clear message and changes nothing', async ({
  page,
  host,
}) => {
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  await page.getByLabel('Choose a file to import').setInputFiles(join(FIXTURES, 'binary.png'));
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'binary.png: This is not a text file. Choose a CSV file or a vCard (.vcf) file. Nothing was imported.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(contacts.emptyState).toBeVisible();
});

test('a vCard dropped on the window: per-person choices, then import', async ({ page, host }) => {
  await callApi(page, 'contacts.create', { name: 'Rosalind', emails: ['rosalind@kings.example'] });
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  const vcard = readFileSync(join(FIXTURES, 'apple-3.0.vcf'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'contacts.vcf', { type: 'text/vcard' }));
    return transfer;
  }, vcard);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  const counts = dialog.getByRole('list', { name: 'What this import does' });
  await expect(counts).toContainText('1 new');
  await expect(counts).toContainText('1 already in Netwell');
  await dialog.getByText('Choose for each person (1)').click();
  await dialog
    .getByRole('combobox', { name: /Rosalind Franklin \(line 21\) matches Rosalind, same email/ })
    .selectOption('Skip');
  await dialog.getByRole('button', { name: 'Import 1 contact' }).click();
  await expect(page.getByText('Imported 1 new contact.')).toBeVisible();
  await expect(contacts.count).toHaveText('2 contacts');
  await expect(contacts.list).toContainText('Marie Skłodowska Curie');
});
