import { axe, AXE_TAGS } from './axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { allContacts, callApi } from './pages/MeetingsPage';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { recordProgress, slowUploads } from './pages/slowUploads';
import { YourDataSection } from './pages/YourDataSection';

test.describe.configure({ timeout: 120_000 });

const FIXTURES = join(process.cwd(), 'tests/fixtures/import');

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
    const results = await axe(page).include('dialog').withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help}`),
      `axe on the import dialog (${colorScheme})`,
    ).toEqual([]);
  }

  await expect(
    dialog.getByRole('checkbox', { name: /^Ada Lovelace \(line 5\) is Ada: same email$/ }),
  ).toBeChecked();
  await dialog.getByRole('button', { name: 'Add 3 and update 1' }).click();
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

test('a vCard dropped on the window: an unticked match is added as a new person', async ({
  page,
  host,
}) => {
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
  // The card says nothing Netwell does not know about Rosalind: only Marie is added.
  const rosalind = dialog.getByRole('checkbox', {
    name: 'Rosalind Franklin (line 21) is Rosalind: same email',
  });
  await expect(rosalind).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Add 1 contact' })).toBeVisible();
  await rosalind.uncheck();
  await dialog.getByRole('button', { name: 'Add 2 contacts' }).click();
  await expect(page.getByText('Imported 2 new contacts.')).toBeVisible();
  await expect(contacts.count).toHaveText('3 contacts');
  await expect(contacts.list).toContainText('Marie Skłodowska Curie');
});

test('who matches whom and why, untick one, then undo from the history after the toast is gone', async ({
  page,
  host,
}) => {
  await callApi(page, 'contacts.create', {
    name: 'Ana Ruiz',
    emails: ['ana@acme-widgets.example'],
  });
  await callApi(page, 'contacts.create', { name: 'Bo Chen', phones: ['+1 212 555 0123'] });
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  const card = (...lines: string[]) =>
    ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');
  const file = [
    card(
      'FN:Ana Ruiz',
      'EMAIL:ana@acme-widgets.example',
      'TITLE:Engineer',
      'URL:https://www.acme-widgets.example/',
    ),
    card('FN:Cy Park', 'EMAIL:cy@acme-widgets.example', 'URL:https://www.acme-widgets.example/'),
    card('FN:Bo Chen', 'TEL:(212) 555-0123', 'NOTE:Met at the meetup'),
    card('FN:Eve Stone', 'TEL:+1 212 555 0123'),
  ].join('\r\n');
  await page
    .getByLabel('Choose a file to import')
    .setInputFiles({ name: 'acme.vcf', mimeType: 'text/vcard', buffer: Buffer.from(file) });

  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  const sure = dialog.getByRole('list', { name: 'People already in Netwell' });
  const possible = dialog.getByRole('list', { name: 'Possibly the same person' });
  const ana = sure.getByRole('checkbox', { name: 'Ana Ruiz (line 1) is Ana Ruiz: same email' });
  const bo = sure.getByRole('checkbox', {
    name: 'Bo Chen (line 14) is Bo Chen: same name and phone',
  });
  const eve = possible.getByRole('checkbox', {
    name: 'Eve Stone (line 20) is possibly the same as Bo Chen: same phone',
  });
  await expect(ana).toBeChecked();
  await expect(bo).toBeChecked();
  await expect(eve).not.toBeChecked();
  // Cy shares only the company website: a new person, not a match.
  await expect(dialog.getByRole('table', { name: 'First new contacts' })).toContainText('Cy Park');
  await expect(dialog.getByRole('button', { name: 'Add 2 and update 2' })).toBeVisible();

  await bo.uncheck();
  await expect(bo).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Add 3 and update 1' }).click();
  await expect(page.getByText('Imported 3 new contacts, updated 1.')).toBeVisible();
  await expect(contacts.count).toHaveText('5 contacts');

  // Cy is changed after the import; the toast goes with a reload.
  const all = await allContacts(page);
  const cy = all.find((c) => c.name === 'Cy Park')!;
  await callApi(page, 'contacts.update', { id: cy.id, draft: { notes: 'Called back' } });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeHidden();

  await new AppShell(page).goTo('Settings');
  const yourData = new YourDataSection(page);
  await expect(yourData.importHistory).toContainText('acme.vcf');
  await expect(yourData.importHistory).toContainText('3 added, 1 updated');
  await yourData.undoImport('acme.vcf').click();
  await expect(yourData.region.getByRole('status')).toHaveText(
    'Import undone, except 1 contact changed since the import, left as they are: Cy Park.',
  );
  await expect(yourData.region.getByText('No imports yet.')).toBeVisible();

  await contacts.open(host);
  await expect(contacts.count).toHaveText('3 contacts');
  await contacts.search.fill('Cy Park');
  await expect(contacts.list).toContainText('Cy Park');
});

test('importing the same file twice: "Nothing to import"', async ({ page, host }) => {
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  const input = page.getByLabel('Choose a file to import');
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  await input.setInputFiles(join(FIXTURES, 'ezvcard-John_Doe_ANDROID.vcf'));
  await dialog.getByRole('button', { name: /^Add \d+ contacts$/ }).click();
  await expect(dialog).toBeHidden();
  const count = await contacts.count.textContent();

  await input.setInputFiles(join(FIXTURES, 'ezvcard-John_Doe_ANDROID.vcf'));
  await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await expect(dialog.getByRole('status')).toHaveText(
    'Everyone in this file is already in Netwell, with nothing new.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(contacts.count).toHaveText(count!);
});

test('a 6 MB vCard (over the old 5 MB limit) uploads with progress, can be cancelled, then imports', async ({
  page,
  host,
}) => {
  // Cards with photos: large files, few people.
  const photo = 'QUJD'.repeat(12_500).replace(/(.{74})/g, '$1\r\n ');
  const cards = Array.from(
    { length: 121 },
    (_, i) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nN:${i};Person;;;\r\nEMAIL:p${i}@example.com\r\nPHOTO;ENCODING=b;TYPE=JPEG:${photo}\r\nEND:VCARD\r\n`,
  );
  const buffer = Buffer.from(cards.join(''));
  expect(buffer.length).toBeGreaterThan(6 * 1024 * 1024);
  await slowUploads(page, 250);
  const contacts = new ContactsPage(page);
  await contacts.open(host);
  const input = page.getByLabel('Choose a file to import');
  const dialog = page.getByRole('dialog', { name: 'Import contacts' });
  const progress = dialog.getByRole('progressbar', { name: 'Uploading the file' });
  const file = { name: 'photos.vcf', mimeType: 'text/vcard', buffer };

  await input.setInputFiles(file);
  await expect(progress).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/^Uploading \d+% of photos\.vcf$/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(contacts.emptyState).toBeVisible();

  const progressSeen = await recordProgress(page, 'Uploading the file');
  await input.setInputFiles(file);
  await expect(dialog.getByRole('list', { name: 'What this import does' })).toContainText(
    '121 new',
    { timeout: 30_000 },
  );
  // The bar went up piece by piece (1 MiB each) to the whole file.
  const seen = await progressSeen();
  expect(seen.length).toBeGreaterThanOrEqual(6);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen.at(-1)).toBe(buffer.length);
  await dialog.getByRole('button', { name: 'Add 121 contacts' }).click();
  await expect(page.getByText('Imported 121 new contacts.')).toBeVisible();
  await expect(contacts.count).toHaveText('121 contacts');
});
