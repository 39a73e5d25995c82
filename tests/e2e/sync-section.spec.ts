/**
 * Settings → Sync in every state the contract describes, over a stand-in for the engine
 * (sync-stand-in.ts): the form's checks, what a test found, connecting, the account's state and
 * runs, conflicts, deletions waiting, the password and disconnecting. The same UI against real
 * servers is in sync.spec.ts.
 */
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { SyncOptionsSchema } from '../../electron/shared/sync';
import { expect, test } from './fixtures';
import { SyncSection } from './pages/SyncSection';
import {
  connected,
  FOUND,
  NOT_CONNECTED,
  SERVER,
  standInForSync,
  waitingForUser,
} from './sync-stand-in';

const NOW = '2026-12-07T10:00:00.000Z';

/** Settings, loaded afresh: the page's connection then goes through the stand-in. */
async function openSettings(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/#/settings`);
  await page.reload();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('connecting: the form’s checks, a test that finds the collections, and Connect', async ({
  page,
  host,
}) => {
  const standIn = await standInForSync(page, NOT_CONNECTED, (name, input) => {
    if (name === 'sync.discover') {
      const { password } = z.object({ password: z.string() }).parse(input);
      return password === 'right'
        ? { value: FOUND }
        : {
            error: {
              code: 'forbidden',
              message:
                'The server refused the user name or password. Check them, or make a new app password.',
            },
          };
    }
    if (name === 'sync.connect') return { status: connected(NOW) };
    return undefined;
  });
  await openSettings(page, host.url);
  const sync = new SyncSection(page);
  await expect(sync.region).toContainText('in memory only until Netwell quits');

  // Nothing typed: each field says what it needs, and the first one has the focus.
  await sync.testButton.click();
  await expect(sync.server).toHaveAccessibleDescription(/Give the server address\./);
  await expect(sync.server).toBeFocused();
  await expect(sync.username).toHaveAccessibleDescription('Give your user name.');
  await expect(sync.password).toHaveAttribute('type', 'password');
  await expect(sync.password).toHaveAttribute('autocomplete', 'off');

  await sync.server.fill('http://dav.example.org');
  await sync.username.fill('ana');
  await sync.password.fill('wrong');
  await sync.testButton.click();
  await expect(sync.server).toHaveAccessibleDescription(/Use https:\/\//);
  expect(standIn.calls.filter((call) => call.name === 'sync.discover')).toEqual([]);

  // The core's refusal is said in the live region, in its own words.
  await sync.test({ server: 'dav.example.org', username: 'ana', password: 'wrong' });
  await expect(sync.testResult).toHaveText(/The server refused the user name or password\./);
  await expect(sync.addressBook).toHaveCount(0);

  // The keyboard goes field to field, then to the test; Enter in a field tests too. The test
  // says what it found, and the choices appear.
  await sync.server.focus();
  await page.keyboard.press('Tab');
  await expect(sync.calendarServer).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sync.username).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sync.password).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sync.testButton).toBeFocused();
  await sync.password.fill('right');
  await sync.password.press('Enter');
  await expect(sync.testResult).toHaveText(
    `Signed in to ${SERVER}. Found 2 address books (Contacts, Family) and 1 calendar (Personal).`,
  );
  await expect(sync.addressBook).toHaveValue(`${SERVER}ana/contacts/`);
  await sync.testButton.focus();
  await page.keyboard.press('Tab');
  await expect(sync.addressBook).toBeFocused();
  await expect(sync.calendar).toHaveValue(`${SERVER}ana/personal/`);

  await sync.addressBook.selectOption({ label: 'Create a new address book' });
  await expect(sync.addressBookName).toHaveValue('Netwell');
  await sync.calendar.selectOption({ label: 'No calendar' });
  await expect(sync.syncWindows).toBeDisabled();
  await sync.calendar.selectOption({ label: 'Create a new calendar' });
  await sync.calendarName.fill('Networking');
  await sync.syncNotes.check();
  await sync.syncWindows.check();

  // A change to the account makes the test stale: the choices go until it is tested again.
  await sync.username.fill('ana2');
  await expect(sync.connectButton).toHaveCount(0);
  await sync.username.fill('ana');
  await sync.testButton.click();
  await expect(sync.addressBook).toHaveValue('__new__');

  await sync.connectButton.click();
  await expect(sync.account).toBeVisible();
  await expect(sync.region.getByRole('heading', { name: 'Connected account' })).toBeFocused();
  const connect = standIn.calls.find((call) => call.name === 'sync.connect');
  expect(connect?.input).toEqual({
    serverUrl: 'dav.example.org',
    calendarServerUrl: '',
    username: 'ana',
    password: 'right',
    addressBook: { create: 'Netwell' },
    calendar: { create: 'Networking' },
    options: { syncNotes: true, syncWindows: true },
  });
});

test('connected: the account, its state as it changes, and its buttons', async ({ page, host }) => {
  const standIn = await standInForSync(
    page,
    connected(NOW, { queued: 2 }),
    (name, input, status) => {
      if (name === 'sync.pause') {
        const { paused } = z.object({ paused: z.boolean() }).parse(input);
        const now = connected(NOW);
        return {
          status: {
            ...now,
            state: paused ? 'paused' : 'idle',
            account: { ...now.account!, paused },
          },
        };
      }
      if (name === 'sync.setOptions') {
        const options = SyncOptionsSchema.parse(input);
        return { status: { ...status, account: { ...status.account!, options } } };
      }
      if (name === 'sync.setPassword') return { status: connected(NOW) };
      if (name === 'sync.disconnect') return { status: NOT_CONNECTED };
      return undefined;
    },
  );
  await openSettings(page, host.url);
  const sync = new SyncSection(page);
  await expect(sync.detail('Server')).toHaveText(SERVER);
  await expect(sync.detail('User name')).toHaveText('ana');
  await expect(sync.detail('Address book')).toHaveText('Contacts');
  await expect(sync.detail('Calendar')).toHaveText('Personal');
  await expect(sync.detail('State')).toHaveText(/^Idle/);
  await expect(sync.detail('Last sync')).toHaveText(
    'Synced 2 minutes ago: 3 from the server (3 created), 1 to the server (1 updated). 2 changes wait for the server.',
  );
  await expect(sync.syncNotes).not.toBeChecked();
  await expect(sync.syncWindows).toBeChecked();

  // The state follows the engine's events.
  standIn.set(connected(NOW, { state: 'syncing' }));
  await expect(sync.detail('State')).toHaveText('Syncing…');
  await expect(sync.syncNowButton).toBeDisabled();
  standIn.set(connected(NOW, { state: 'offline' }));
  await expect(sync.detail('State')).toHaveText('Offline: changes wait for the server');
  standIn.set(
    connected(NOW, {
      state: 'password-refused',
      message: 'The server refused the password: it may have been revoked.',
    }),
  );
  await expect(sync.detail('State')).toHaveText(
    'The password was refusedThe server refused the password: it may have been revoked.',
  );

  await sync.syncNowButton.click();
  await sync.syncNotes.check();
  await sync.pauseButton.click();
  await expect(sync.detail('State')).toHaveText('Paused');
  await sync.syncNowButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Sync is paused' })).toHaveText(
    'Sync is paused: press Resume to sync again.',
  );
  await sync.resumeButton.click();
  await expect(sync.detail('State')).toHaveText(/^Idle/);

  await sync.changePasswordButton.click();
  const dialog = page.getByRole('dialog', { name: 'Change the password' });
  await dialog.getByRole('button', { name: 'Save password' }).click();
  await expect(dialog.getByLabel('New app password')).toHaveAccessibleDescription(
    /Give the \(app\) password\./,
  );
  await dialog.getByLabel('New app password').fill('new-secret');
  await dialog.getByRole('button', { name: 'Save password' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(sync.changePasswordButton).toBeFocused();

  await sync.disconnectButton.click();
  const confirm = page.getByRole('dialog', { name: 'Disconnect from the server?' });
  await expect(confirm).toContainText('Nothing is deleted on either side');
  await expect(confirm.getByRole('button', { name: 'Stay connected' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(sync.account).toBeVisible();
  await sync.disconnectButton.click();
  await confirm.getByRole('button', { name: 'Disconnect' }).click();
  await expect(sync.server).toBeVisible();
  await expect(sync.region.getByRole('heading', { name: 'Connect an account' })).toBeFocused();

  expect(standIn.calls.map((call) => [call.name, call.input])).toEqual([
    ['sync.status', undefined],
    ['sync.now', undefined],
    ['sync.setOptions', { syncNotes: true, syncWindows: true }],
    ['sync.pause', { paused: true }],
    ['sync.pause', { paused: false }],
    ['sync.setPassword', { password: 'new-secret' }],
    ['sync.disconnect', undefined],
  ]);
});

test('what waits for the user: conflicts, failures and deletions', async ({ page, host }) => {
  const standIn = await standInForSync(page, waitingForUser(NOW), (name) => {
    if (name === 'sync.resolve') return { status: connected(NOW) };
    return undefined;
  });
  await openSettings(page, host.url);
  const sync = new SyncSection(page);

  await expect(sync.deletions).toContainText(
    'Sync would delete 14 contacts on the server, because they were deleted in Netwell (Dee Park, Eli Stone, Fay Wong and 11 more).',
  );
  await expect(sync.failures.getByRole('listitem')).toHaveText([
    'Ben Costa: The server refused the change (403).',
    `${SERVER}ana/contacts/broken.vcf: This card could not be read: it has no END:VCARD.`,
  ]);
  const ana = sync.conflict('Ana Lima');
  await expect(ana).toContainText('In Netwell:ana@work.example');
  await expect(ana).toContainText('On the server:ana@home.example');
  await expect(sync.conflict('Cy Okafor')).toContainText('In Netwell:(empty)');
  await expect(ana.getByRole('link', { name: 'Ana Lima' })).toHaveAttribute(
    'href',
    '#/contacts/p1',
  );

  await sync.deletions.getByRole('button', { name: 'Keep them' }).click();
  await ana.getByRole('button', { name: 'Keep the server’s Email of Ana Lima' }).click();
  await expect(sync.conflicts).toHaveCount(0);
  await expect(sync.deletions).toHaveCount(0);
  expect(standIn.calls.slice(1)).toEqual([
    { name: 'sync.confirmDeletions', input: { decision: 'keep' } },
    { name: 'sync.resolve', input: { id: 'c1', keep: 'server' } },
  ]);
});

test('every conflict settled at once, after one more question that takes the focus', async ({
  page,
  host,
}) => {
  const standIn = await standInForSync(page, waitingForUser(NOW), (name) => {
    if (name === 'sync.resolveAll') return { status: connected(NOW) };
    return undefined;
  });
  await openSettings(page, host.url);
  const sync = new SyncSection(page);
  const all = sync.region.getByRole('group', { name: 'Settle every conflict' });
  await all.getByRole('button', { name: 'Keep the server’s for all 2' }).click();
  await expect(all).toContainText(
    'Keep the server’s value in all 2 conflicts? The other values are replaced in Netwell, now.',
  );
  await expect(all.getByRole('button', { name: 'Yes, keep the server’s' })).toBeFocused();
  await all.getByRole('button', { name: 'Cancel' }).click();
  await all.getByRole('button', { name: 'Keep Netwell’s for all 2' }).click();
  await expect(all).toContainText('The other values are replaced on the server, at the next sync.');
  await all.getByRole('button', { name: 'Yes, keep Netwell’s' }).click();
  await expect(sync.conflicts).toHaveCount(0);
  await expect(page.getByText('All 2 conflicts settled: Netwell’s values kept.')).toBeVisible();
  expect(standIn.calls.slice(1)).toEqual([{ name: 'sync.resolveAll', input: { keep: 'netwell' } }]);
});
