/**
 * Two-way sync through the UI against a real Radicale (Debian's), started on a free port with a
 * fresh folder for the test: connect in Settings → Sync, see the first sync's result, a contact
 * made in Netwell reaches the server, a card changed on the server reaches Netwell. The test
 * reads and writes the server with plain fetch and basic auth (DavTestClient), as a phone would.
 *
 * The card already on the server is a real client's: DAVx5's (Nextcloud's Android client) test
 * card, tests/fixtures/sync/cards/davx5-allfields.vcf (source and commit in that folder's README).
 */
import { readFile } from 'node:fs/promises';
import { startDavServer, type DavServer } from '../fixtures/dav-servers';
import { DavTestClient } from '../fixtures/dav-test-client';
import { expect, test } from './fixtures';
import { ContactsPage } from './pages/ContactsPage';
import { SettingsPage } from './pages/SettingsPage';
import { SyncSection } from './pages/SyncSection';
import { YourDataSection } from './pages/YourDataSection';
import { callApi } from './pages/MeetingsPage';

const DAVX5_CARD = new URL('../fixtures/sync/cards/davx5-allfields.vcf', import.meta.url);
/** Its FN: the name Netwell gives the person. */
const DAVX5_NAME = 'Ämi Display';

/** Makes an address book in the account's home, as another client would (MKCOL, RFC 5689). */
async function makeAddressBook(server: DavServer, slug: string, name: string): Promise<string> {
  const url = `${server.url}${server.username}/${slug}/`;
  const pair = `${server.username}:${server.password}`;
  const response = await fetch(url, {
    method: 'MKCOL',
    headers: {
      authorization: `Basic ${Buffer.from(pair).toString('base64')}`,
      'content-type': 'application/xml; charset=utf-8',
    },
    body: `<?xml version="1.0" encoding="utf-8"?>
<mkcol xmlns="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav">
  <set><prop>
    <resourcetype><collection/><CR:addressbook/></resourcetype>
    <displayname>${name}</displayname>
  </prop></set>
</mkcol>`,
  });
  // Read to its end: an unread body can crash Node's fetch when the server closes the socket.
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`MKCOL ${url}: ${response.status}`);
  return url;
}

let server: DavServer;
test.beforeEach(async () => {
  server = await startDavServer('radicale');
});
test.afterEach(async () => {
  await server.stop();
});

for (const kind of ['radicale', 'xandikos'] as const) {
  test(`connected in Settings, contacts go both ways with a real ${kind}`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    // Radicale is the file's server; Xandikos (no sign-in, a default address book) its own.
    const other = kind === 'xandikos' ? await startDavServer('xandikos') : null;
    try {
      const server_ = other ?? server;
      const client = new DavTestClient(server_.username, server_.password, server_.url);
      const book =
        kind === 'radicale'
          ? await makeAddressBook(server_, 'contacts', 'Contacts')
          : `${server_.url}user/contacts/addressbook/`;
      const bookName = kind === 'radicale' ? 'Contacts' : 'addressbook';
      const cardUrl = `${book}davx5-allfields.vcf`;
      await client.put(cardUrl, await readFile(DAVX5_CARD, 'utf8'));

      // Someone already in Netwell, before the account is connected.
      const contacts = new ContactsPage(page);
      await contacts.open(host);
      await contacts.add({ name: 'Lia Rossi', company: 'Northwind', emails: ['lia@example.org'] });

      // Connect: the test finds the address book; the first sync goes both ways.
      const settings = new SettingsPage(page);
      await settings.open();
      const sync = new SyncSection(page);
      await sync.test({
        server: server_.url,
        username: server_.username,
        password: server_.password,
      });
      await expect(sync.testResult).toContainText(`Found 1 address book (${bookName})`);
      await expect(sync.addressBook).toHaveValue(book);
      await sync.calendar.selectOption({ label: 'No calendar' });
      await sync.connectButton.click();
      await expect(sync.detail('Address book')).toHaveText(bookName);
      await expect(sync.detail('Last sync')).toHaveText(
        'Synced just now: 1 from the server (1 created), 1 to the server (1 created).',
        { timeout: 30_000 },
      );
      await expect(sync.detail('State')).toHaveText(/^Idle/);
      const lia = [...(await client.all(book)).values()].find((text) =>
        /^FN:Lia Rossi\r?$/m.test(text),
      );
      expect(lia).toMatch(/^EMAIL[^:\r\n]*:lia@example\.org\r?$/m);
      expect(lia).toMatch(/^ORG:Northwind\r?$/m);

      await contacts.shell.goTo('Contacts');
      await contacts.choose(DAVX5_NAME);
      await expect(contacts.detailHeading).toHaveText(DAVX5_NAME);

      // A contact made in Netwell reaches the server.
      await contacts.add({ name: 'Noor Haddad', company: 'Tern', emails: ['noor@example.org'] });
      await settings.open();
      await sync.syncNowButton.click();
      await expect
        .poll(async () => [...(await client.all(book)).values()].join('\n'), { timeout: 30_000 })
        .toMatch(/^FN:Noor Haddad\r?$/m);

      // A card changed on the server by another client reaches Netwell at the next sync (the
      // run after Noor's creation may be the one that brings it: only the result is checked).
      const { text } = await client.get(cardUrl);
      await client.put(cardUrl, text.replace(/^ORG:.*$/m, 'ORG:Radicale Testers'));
      await sync.syncNowButton.click();
      await contacts.shell.goTo('Contacts');
      await contacts.choose(DAVX5_NAME);
      await expect(contacts.detail).toContainText('Radicale Testers', { timeout: 30_000 });
    } finally {
      await other?.stop();
    }
  });
}

test('a new address book and calendar made from Settings; a refused password, and one the browser host forgot', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const settings = new SettingsPage(page);
  await settings.open();
  const sync = new SyncSection(page);
  await sync.test({ server: server.url, username: 'ana', password: 'not the password' });
  await expect(sync.testResult).toContainText(/password/i);
  await expect(sync.addressBook).toHaveCount(0);

  await sync.password.fill(server.password);
  await sync.testButton.click();
  await expect(sync.testResult).toContainText('Found no address books');
  await expect(sync.addressBook).toHaveValue('__new__');
  await expect(sync.addressBookName).toHaveValue('Netwell');
  await expect(sync.calendar).toHaveValue('__new__');
  await expect(sync.calendarName).toHaveValue('Netwell');
  await sync.connectButton.click();
  await expect(sync.detail('Address book')).toHaveText('Netwell');
  await expect(sync.detail('Calendar')).toHaveText('Netwell');
  // Both were made on the server, in the account's home.
  const client = new DavTestClient(server.username, server.password, server.url);
  expect(await client.hrefs(`${server.url}${server.username}/`)).toHaveLength(2);
  await expect(sync.detail('Last sync')).toHaveText('Synced just now: nothing changed.', {
    timeout: 30_000,
  });

  // Restoring a backup says where the restored data goes; "Keep my data" changes nothing.
  const yourData = new YourDataSection(page);
  const backup = await callApi<{ text: string }>(page, 'backup.export');
  await yourData.region.getByLabel('Restore from a backup file').setInputFiles({
    name: 'netwell-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await expect(yourData.confirm).toContainText(
    'Sync stays connected: the next sync makes the address book and calendar on your server match the restored data.',
  );
  await yourData.confirm.getByRole('button', { name: 'Keep my data' }).click();
  await expect(yourData.confirm).toBeHidden();

  // The app password is revoked on the server: the next run says so, a new one mends it.
  await server.setPassword('second-app-password');
  await sync.syncNowButton.click();
  await expect(sync.detail('State')).toContainText('The password was refused');
  await sync.changePasswordButton.click();
  const dialog = page.getByRole('dialog', { name: 'Change the password' });
  await dialog.getByLabel('New app password').fill('second-app-password');
  await dialog.getByRole('button', { name: 'Save password' }).click();
  await expect(sync.detail('State')).toHaveText(/^Idle/, { timeout: 30_000 });
  await expect(sync.detail('Last sync')).toHaveText('Synced just now: nothing changed.');

  // The browser host keeps the password in memory only: after a restart it is asked for again.
  await host.restart();
  await settings.open();
  await expect(sync.detail('State')).toContainText('Waiting for the password');
  await expect(sync.region).toContainText('in memory only until Netwell quits');
  await sync.changePasswordButton.click();
  await dialog.getByLabel('New app password').fill('second-app-password');
  await dialog.getByRole('button', { name: 'Save password' }).click();
  await expect(sync.detail('Last sync')).toHaveText('Synced just now: nothing changed.', {
    timeout: 30_000,
  });
  await expect(sync.detail('State')).toHaveText(/^Idle/);
});
