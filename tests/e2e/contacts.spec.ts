import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ContactsPage } from './pages/ContactsPage';

test.describe('Contacts', () => {
  test('adds a contact with emails and tags, then edits it', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await expect(contacts.emptyState).toBeVisible();

    await contacts.add({
      name: 'Ana Lima',
      company: 'Acme',
      role: 'Designer',
      emails: ['ana@example.com', 'ana.lima@acme.example'],
      links: ['https://www.linkedin.com/in/ana-lima'],
      tags: ['design', 'mentor'],
      howWeMet: 'UX meetup in Lisbon',
    });

    await expect(page).toHaveURL(/#\/contacts\/[^/]+$/);
    await expect(contacts.detail.getByText('Designer at Acme')).toBeVisible();
    await expect(contacts.detailValue('Emails')).toContainText('ana@example.com');
    await expect(contacts.detailValue('Emails')).toContainText('ana.lima@acme.example');
    await expect(contacts.detail.getByRole('list', { name: 'Tags' })).toContainText('design');
    await expect(contacts.detail.getByRole('list', { name: 'Tags' })).toContainText('mentor');
    const link = contacts.detail.getByRole('link', { name: /linkedin\.com\/in\/ana-lima/ });
    await expect(link).toHaveAttribute('href', 'https://www.linkedin.com/in/ana-lima');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noreferrer');
    await expect(contacts.count).toHaveText('1 contact');
    await expect(contacts.listItem(/Ana Lima/)).toHaveAttribute('aria-current', 'page');

    await contacts.editButton.click();
    await expect(contacts.formHeading).toHaveText('Edit Ana Lima');
    await expect(contacts.field('name')).toHaveValue('Ana Lima');
    await expect(contacts.field('emails')).toHaveValue('ana@example.com\nana.lima@acme.example');
    await expect(contacts.field('tags')).toHaveValue('design, mentor');
    await contacts.field('role').fill('Design lead');
    await contacts.field('tags').fill('design, mentor, lisbon');
    await contacts.saveButton.click();

    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await expect(contacts.detail.getByText('Design lead at Acme')).toBeVisible();
    await expect(contacts.detail.getByRole('list', { name: 'Tags' })).toContainText('lisbon');
    await expect(contacts.shell.toast).toContainText('Saved Ana Lima.');
    await expect(contacts.count).toHaveText('1 contact');
  });

  test('search ignores case and accents', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'María José Núñez', company: 'Café Central' });
    await contacts.add({ name: 'Ana Lima', tags: ['mentor'] });
    await contacts.add({ name: 'Bruno Costa', emails: ['bruno@example.com'] });
    await expect(contacts.count).toHaveText('3 contacts');

    await contacts.searchFor('maria');
    await expect(contacts.list.getByRole('link')).toHaveCount(1);
    await expect(contacts.listItem(/María José Núñez/)).toBeVisible();
    await expect(contacts.count).toHaveText('1 match of 3 contacts');

    await contacts.searchFor('CAFE');
    await expect(contacts.list.getByRole('link')).toHaveCount(1);
    await expect(contacts.listItem(/María José Núñez/)).toBeVisible();

    await contacts.searchFor('mentor');
    await expect(contacts.list.getByRole('link')).toHaveCount(1);
    await expect(contacts.listItem(/Ana Lima/)).toBeVisible();

    await contacts.searchFor('nobody like this');
    await expect(contacts.list).toHaveCount(0);
    await expect(page.getByText('No one matches “nobody like this”.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(contacts.search).toBeFocused();
    await expect(contacts.search).toHaveValue('');
    await expect(contacts.list.getByRole('link')).toHaveCount(3);
  });

  test('deletes without asking, and Undo brings the contact back', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima', emails: ['ana@example.com'] });
    await contacts.add({ name: 'Bruno Costa' });

    await contacts.choose(/Ana Lima/);
    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await contacts.deleteButton.click();

    await expect(contacts.shell.toast).toContainText('Deleted Ana Lima.');
    await expect(contacts.listItem(/Ana Lima/)).toHaveCount(0);
    await expect(contacts.count).toHaveText('1 contact');
    // Focus lands on Undo, so the keyboard can reach it at once.
    await expect(contacts.shell.undoButton()).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await expect(contacts.detailValue('Email')).toContainText('ana@example.com');
    await expect(contacts.listItem(/Ana Lima/)).toBeVisible();
    await expect(contacts.count).toHaveText('2 contacts');
    await expect(contacts.shell.toast).toContainText('Restored Ana Lima.');
  });

  test('the Undo offer goes away after a while', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima' });
    await contacts.deleteButton.click();
    await expect(contacts.shell.undoButton()).toBeVisible();
    // The timer waits while focus is on the toast; moving on starts it.
    await contacts.shell.heading.focus();
    await expect(contacts.shell.undoButton()).toBeVisible({ timeout: 2_000 });
    await expect(contacts.shell.undoButton()).toBeHidden({ timeout: 15_000 });
    await expect(contacts.emptyState).toBeVisible();
  });

  test('keeps contacts when the host restarts', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({
      name: 'María José Núñez',
      emails: ['maria@example.com'],
      tags: ['lisbon'],
      notes: 'Loves long walks.\nAsk about the book.',
    });
    await contacts.add({ name: 'Ana Lima' });

    await host.restart();
    await page.reload();

    await contacts.open(host);
    await expect(contacts.count).toHaveText('2 contacts');
    await contacts.choose(/María José Núñez/);
    await expect(contacts.detailHeading).toHaveText('María José Núñez');
    await expect(contacts.detailValue('Email')).toContainText('maria@example.com');
    await expect(contacts.detailValue('Notes')).toHaveText(
      'Loves long walks.\nAsk about the book.',
    );
  });

  test('search is answered in the page, which follows changes made in another window', async ({
    page,
    host,
  }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima', company: 'Acme' });
    await contacts.add({ name: 'Ben Okafor' });
    // Once its copy has loaded, the list answers from it: no call to the core per keystroke.
    await expect(contacts.list).toHaveAttribute('data-source', 'copy');
    await contacts.searchFor('lima');
    await expect(contacts.list.getByRole('link')).toHaveCount(1);

    // Another window renames Ana, adds Chloé and deletes Ben.
    const other = new ContactsPage(await page.context().newPage());
    await other.open(host);
    await other.choose(/Ana Lima/);
    await other.editButton.click();
    await other.field('name').fill('Anabel Lima');
    await other.saveButton.click();
    await expect(other.detailHeading).toHaveText('Anabel Lima');
    await other.add({ name: 'Chloé Dubois', tags: ['lisboa'] });
    await other.choose(/Ben Okafor/);
    await other.deleteButton.click();
    await expect(other.list.getByRole('link')).toHaveCount(2);

    // This window's list shows all of it, the search still typed in.
    await expect(contacts.listItem(/Anabel Lima/)).toBeVisible();
    await expect(contacts.search).toHaveValue('lima');
    await contacts.searchFor('lisboa');
    await expect(contacts.list.getByRole('link')).toHaveCount(1);
    await expect(contacts.listItem(/Chloé Dubois/)).toBeVisible();
    await contacts.searchFor('');
    await expect(contacts.list.getByRole('link')).toHaveText([/Anabel Lima/, /Chloé Dubois/]);
    await expect(contacts.count).toHaveText('2 contacts');
    await expect(contacts.list).toHaveAttribute('data-source', 'copy');
  });

  test('opens a contact from its address', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima' });
    const url = page.url();
    await page.goto(`${host.url}/#/today`);
    await expect(contacts.shell.heading).toHaveText('Today');
    await page.goto(url);
    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await page.goBack();
    await expect(contacts.shell.heading).toHaveText('Today');
  });

  test('an empty name is refused and nothing typed is lost', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.newContactButton.click();
    await contacts.fill({
      company: 'Acme',
      emails: ['ana@example.com'],
      tags: ['design'],
      notes: 'Met at the book fair.',
    });
    await contacts.saveButton.click();

    await expect(contacts.errorSummary).toBeVisible();
    await expect(contacts.errorSummary).toBeFocused();
    await expect(contacts.errorSummary).toContainText('A contact needs a name.');
    const name = contacts.field('name');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/A contact needs a name\./);
    await expect(contacts.field('company')).toHaveValue('Acme');
    await expect(contacts.field('emails')).toHaveValue('ana@example.com');
    await expect(contacts.field('tags')).toHaveValue('design');
    await expect(contacts.field('notes')).toHaveValue('Met at the book fair.');

    // The summary's link takes the keyboard to the field.
    await contacts.errorSummary.getByRole('link', { name: /A contact needs a name/ }).click();
    await expect(name).toBeFocused();

    await contacts.cancelButton.click();
    await expect(contacts.emptyState).toBeVisible();
  });

  test('a bad email is explained on its line and nothing is saved', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.newContactButton.click();
    await contacts.fill({
      name: 'Ana Lima',
      emails: ['ana@example.com', 'ana at example'],
      links: ['ftp://example.com/ana'],
      tags: ['design'],
    });
    await contacts.saveButton.click();

    const emails = contacts.field('emails');
    await expect(emails).toHaveAttribute('aria-invalid', 'true');
    await expect(emails).toHaveAccessibleDescription(
      /Line 2: This does not look like an email address \(name@example\.com\)\./,
    );
    await expect(contacts.field('links')).toHaveAccessibleDescription(
      /A profile link must be a web address starting with https:\/\//,
    );
    await expect(contacts.errorSummary).toContainText('2 things need a look before saving');
    await expect(contacts.errorSummary).toContainText('Nothing was saved yet.');
    await expect(contacts.field('name')).toHaveValue('Ana Lima');
    await expect(emails).toHaveValue('ana@example.com\nana at example');
    await expect(contacts.field('name')).not.toHaveAttribute('aria-invalid', 'true');

    // Fixing the line clears its message once the field is left.
    await emails.fill('ana@example.com\nana@lima.example');
    await contacts.field('links').fill('https://example.com/ana');
    await contacts.field('tags').focus();
    await expect(emails).not.toHaveAttribute('aria-invalid', 'true');

    await contacts.cancelButton.click();
    await expect(contacts.emptyState).toBeVisible();
    await page.reload();
    await expect(contacts.emptyState).toBeVisible();
  });

  test('a damaged data file is reported in a notice that can be dismissed', async ({
    page,
    host,
  }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima' });

    await host.stop();
    await writeFile(join(host.dataDir, 'netwell-data.json'), '{ this is not json');
    await host.restart();
    await page.reload();

    const notice = contacts.shell.notice(/could not be read/);
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
});
