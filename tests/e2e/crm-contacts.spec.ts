import { expect, test } from './fixtures';
import { ContactsPage } from './pages/ContactsPage';

const DAY = 86_400_000;

test.describe('The network CRM on Contacts', () => {
  test.beforeEach(async ({ host }) => {
    await host.setClock('2026-12-02T10:00:00Z');
  });

  test('a cadence, a logged call, the reconnect list, Done and Not now', async ({ page, host }) => {
    test.setTimeout(60_000);
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.addWithCadence({ name: 'Ana Lima', company: 'Acme' }, 2, 'weeks');
    await expect(contacts.section('Relationship')).toContainText('Every 2 weeks');

    await contacts.logInteraction({
      kind: 'Call',
      direction: 'They reached out',
      channel: 'Phone',
      note: 'Asked about the workshop.',
    });
    const first = contacts.timeline.getByRole('listitem').first();
    await expect(first).toContainText('Call · They reached out · Phone');
    await expect(first).toContainText('Asked about the workshop.');
    await expect(contacts.reconnect).toBeHidden();

    await host.advanceClock(15 * DAY);
    await page.reload();
    await expect(contacts.reconnectItem('Ana Lima')).toContainText(/every 2 weeks/);
    await expect(contacts.section('Relationship')).toContainText('Time to reconnect');

    await contacts.reconnectItem('Ana Lima').getByRole('button', { name: /^Done/ }).click();
    await expect(contacts.reconnect).toBeHidden();
    await expect(contacts.timeline.getByRole('listitem').first()).toContainText('You reached out');

    // Due again two weeks later; "Not now" (a week) hides it until then.
    await host.advanceClock(15 * DAY);
    await page.reload();
    await expect(contacts.reconnectItem('Ana Lima')).toBeVisible();
    await contacts
      .reconnectItem('Ana Lima')
      .getByRole('button', { name: /^Not now/ })
      .click();
    await expect(contacts.shell.toast).toContainText('Ana Lima will come back in 1 week.');
    await expect(contacts.reconnect).toBeHidden();

    await host.advanceClock(8 * DAY);
    await page.reload();
    await expect(contacts.reconnectItem('Ana Lima')).toBeVisible();
  });

  test('a commitment kept on time counts in the rate', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ben Okafor' });
    await expect(contacts.keptRate).toHaveText('Nothing was due in the last 90 days.');

    const commitments = contacts.section('Commitments');
    await commitments.getByRole('textbox', { name: 'I said I’d…' }).fill('Send the slides');
    await commitments.getByLabel('By', { exact: true }).fill('2026-12-02');
    await commitments.getByRole('button', { name: 'Add commitment' }).click();
    const item = commitments.getByRole('listitem').filter({ hasText: 'Send the slides' });
    await expect(item).toContainText('Due today');
    await item.getByRole('button', { name: 'Kept' }).click();
    await expect(item).toContainText('Kept on time');

    // Due today is counted once the day is over.
    await host.advanceClock(DAY);
    await page.reload();
    await expect(contacts.keptRate).toHaveText(
      'You kept 1 of 1 commitment on time in the last 90 days.',
    );
    await expect(commitments).toContainText('1 of 1');
  });

  test('an introduction shows on both people’s pages', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ben Okafor' });
    await contacts.add({ name: 'Ana Lima' });

    const intros = contacts.section('Introductions');
    await intros.getByRole('combobox', { name: 'Introduce to…' }).selectOption({
      label: 'Ben Okafor',
    });
    await intros.getByRole('textbox', { name: 'Why (optional)' }).fill('Both into typography');
    await intros.getByRole('button', { name: 'Introduce' }).click();
    await expect(intros.getByRole('listitem')).toContainText(
      'Introduced Ana Lima to Ben Okafor on 2 Dec 2026',
    );
    await expect(contacts.timeline).toContainText('Introduction');

    await contacts.choose(/Ben Okafor/);
    await expect(contacts.detailHeading).toHaveText('Ben Okafor');
    await expect(contacts.section('Introductions').getByRole('listitem')).toContainText(
      'Introduced Ana Lima to Ben Okafor on 2 Dec 2026',
    );
  });

  test('a blocked contact leaves the list, search and reminders; Unblock brings them back', async ({
    page,
    host,
  }) => {
    test.setTimeout(60_000);
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima' });
    await contacts.addWithCadence({ name: 'Cleo Park', company: 'Pushy Ltd' }, 1, 'days');
    await host.advanceClock(2 * DAY);
    await page.reload();
    await expect(contacts.reconnectItem('Cleo Park')).toBeVisible();

    await contacts.detailButton('Block…').click();
    await expect(contacts.detail).toContainText(
      'They will disappear from your lists, reminders and search.',
    );
    await contacts.detail.getByRole('textbox', { name: /^Reason/ }).fill('Kept messaging at night');
    await contacts.detailButton('Block Cleo Park').click();
    await expect(contacts.detailButton('Unblock')).toBeVisible();

    await expect(contacts.listItem(/Cleo Park/)).toBeHidden();
    await expect(contacts.listItem(/Ana Lima/)).toBeVisible();
    await expect(contacts.reconnect).toBeHidden();
    await contacts.searchFor('Cleo');
    await expect(page.getByText('No one matches “Cleo”.')).toBeVisible();
    await contacts.searchFor('');

    await contacts.filter('Blocked').check();
    await expect(contacts.count).toHaveText('1 blocked');
    await contacts.choose(/Cleo Park/);
    await expect(contacts.detail).toContainText('Kept messaging at night');
    await contacts.detailButton('Unblock').click();
    await expect(contacts.detailButton('Block…')).toBeVisible();
    await expect(contacts.list.getByRole('link')).toHaveCount(0);

    await contacts.filter('Active').check();
    await expect(contacts.listItem(/Cleo Park/)).toBeVisible();
    await expect(contacts.reconnectItem('Cleo Park')).toBeVisible();
  });

  test('favourites and archive move people between the filters', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima' });
    const star = contacts.detailButton('Add to favourites');
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await star.click();
    await expect(contacts.detailButton('Remove from favourites')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(contacts.listItem(/Ana Lima \(favourite\)/)).toBeVisible();
    await contacts.filter('Favourites').check();
    await expect(contacts.listItem(/Ana Lima/)).toBeVisible();

    await contacts.detailButton('Archive').click();
    await expect(contacts.list.getByRole('link')).toHaveCount(0);
    await contacts.filter('Archived').check();
    await expect(contacts.listItem(/Ana Lima/)).toBeVisible();
    await contacts.detailButton('Unarchive').click();
    await contacts.filter('Active').check();
    await expect(contacts.listItem(/Ana Lima/)).toBeVisible();
  });

  test('deleting an interaction offers Undo, which restores it', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima' });
    await contacts.logInteraction({
      kind: 'Message',
      direction: 'You reached out',
      channel: 'LinkedIn',
      note: 'Congrats on the new role',
    });
    const item = contacts.timeline.getByRole('listitem').filter({ hasText: 'Congrats' });
    await item.getByRole('button', { name: /^Delete/ }).click();
    await expect(contacts.detail.getByText('Nothing logged yet.')).toBeVisible();
    await expect(contacts.shell.undoButton()).toBeFocused();
    await contacts.shell.undoButton().click();
    await expect(item).toContainText('Message · You reached out · LinkedIn');
  });

  test('Ctrl+Shift+L logs an interaction from anywhere', async ({ page, host }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.add({ name: 'Ana Lima' });
    await page.goto(`${host.url}/#/settings`);
    await expect(contacts.shell.heading).toHaveText('Settings');

    await page.keyboard.press('Control+Shift+L');
    const dialog = page.getByRole('dialog', { name: 'Log interaction' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.keyboard.press('Control+Shift+L');
    await dialog.getByRole('searchbox', { name: 'Search for who with' }).fill('ana');
    await dialog.getByRole('combobox', { name: 'Who with' }).selectOption({ label: 'Ana Lima' });
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Meeting' });
    await dialog.getByRole('combobox', { name: 'Where' }).selectOption({ label: 'In person' });
    await dialog.getByRole('button', { name: 'Log interaction' }).click();
    await expect(dialog).toBeHidden();

    await contacts.open(host);
    await contacts.choose(/Ana Lima/);
    await expect(contacts.timeline).toContainText('Meeting · You reached out · In person');
  });

  test('the form keeps what was typed and points at the right row on errors', async ({
    page,
    host,
  }) => {
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.newContactButton.click();
    await contacts.fill({ name: 'Dana Ruiz' });
    await contacts.openMore();
    await contacts.form.getByRole('button', { name: 'Add a platform' }).click();
    await contacts.form.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'X' });
    await contacts.form
      .getByRole('textbox', { name: 'Profile link', exact: true })
      .fill('http://x.com/dana');
    await contacts.form.getByRole('button', { name: 'Add a custom field' }).click();
    await contacts.form.getByRole('textbox', { name: 'Value' }).fill('Oat milk');
    await contacts.setKeepInTouch(0, 'weeks');
    await contacts.saveButton.click();
    await expect(contacts.errorSummary).toContainText(
      'Where we’re in touch, row 1 (profile link): A profile link must be a web address starting with https://',
    );
    await expect(contacts.errorSummary).toContainText(
      'Custom field 1 (name): A field needs a name.',
    );
    await expect(contacts.errorSummary).toContainText('Keep in touch every');
    await expect(
      contacts.form.getByRole('textbox', { name: 'Profile link', exact: true }),
    ).toHaveValue('http://x.com/dana');

    await contacts.form
      .getByRole('textbox', { name: 'Profile link', exact: true })
      .fill('https://x.com/dana');
    await contacts.form.getByRole('textbox', { name: 'Field name' }).fill('Coffee');
    await contacts.form.getByRole('spinbutton', { name: 'Every' }).fill('3');
    await contacts.form.getByRole('textbox', { name: 'City' }).fill('Lisbon');
    await contacts.form.getByRole('checkbox', { name: 'We have met in person' }).check();
    await contacts.form.getByLabel('Met in person on').fill('2026-11-20');
    await contacts.saveButton.click();
    await expect(contacts.detailHeading).toHaveText('Dana Ruiz');
    await expect(contacts.detailValue('City')).toHaveText('Lisbon');
    await expect(contacts.detailValue('Where we’re in touch')).toContainText('X · x.com/dana');
    await expect(contacts.detailValue('Coffee')).toHaveText('Oat milk');
    await expect(contacts.detailValue('Met in person')).toContainText('20 Nov 2026');
    await expect(contacts.section('Relationship')).toContainText('Every 3 weeks');
  });

  test('a filled contact page shows its relationship, timeline and introductions', async ({
    page,
    host,
  }) => {
    test.setTimeout(60_000);
    const contacts = new ContactsPage(page);
    await contacts.open(host);
    await contacts.addRichContact();
    await page.reload();
    await expect(contacts.detailHeading).toHaveText('Ana Lima');
    await expect(contacts.section('Introductions').getByRole('listitem')).toContainText(
      'Ben Okafor',
    );
    await expect(contacts.section('Relationship')).toBeVisible();
    await expect(contacts.section('Timeline')).toContainText(
      'Sent the article on calm interfaces.',
    );
  });
});
