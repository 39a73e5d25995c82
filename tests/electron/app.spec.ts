/**
 * The desktop app end to end, through Playwright's `_electron`: the contacts journey, data that
 * survives a restart, and the page's isolation. Each test gets its own data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
// The same page objects as the browser-host tests: one renderer, one description of it.
import { ContactsPage } from '../e2e/pages/ContactsPage';
import { findElectronBinary } from './electron-binary';
import { launchApp } from './launch-app';

const binary = findElectronBinary();
test.skip(
  'missing' in binary,
  `Electron binary not installed (run npm run electron:install on a machine with internet): ${
    'missing' in binary ? binary.missing : ''
  }`,
);

const launch = (dataDir: string) => launchApp(binary, dataDir);

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'netwell-electron-'));
});
test.afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

test('add, search, edit, delete and undo a contact; it is still there after a restart', async () => {
  let { app, page } = await launch(dataDir);
  let contacts = new ContactsPage(page);
  await contacts.shell.goTo('Contacts');

  await contacts.add({ name: 'Ana Lima' });
  await contacts.searchFor('ana');
  await expect(contacts.listItem(/Ana Lima/)).toBeVisible();

  await contacts.choose(/Ana Lima/);
  await contacts.editButton.click();
  await contacts.field('name').fill('Ana Lima Souza');
  await contacts.saveButton.click();
  await expect(contacts.detailHeading).toHaveText('Ana Lima Souza');

  await contacts.deleteButton.click();
  await expect(contacts.listItem(/Ana Lima Souza/)).toHaveCount(0);
  await contacts.shell.undoButton().click();
  await expect(contacts.listItem(/Ana Lima Souza/)).toBeVisible();

  await app.close();
  ({ app, page } = await launch(dataDir));
  contacts = new ContactsPage(page);
  await contacts.shell.goTo('Contacts');
  await contacts.searchFor('ana');
  await expect(contacts.listItem(/Ana Lima Souza/)).toBeVisible();
  await app.close();
});

test('the page runs on app://netwell, isolated, with the CSP header and one bridge', async () => {
  const { app, page } = await launch(dataDir);
  // Node gives custom schemes an opaque origin, so compare scheme and host.
  const url = new URL(page.url());
  expect([url.protocol, url.host]).toEqual(['app:', 'netwell']);
  const seen = await page.evaluate(async () => {
    const response = await fetch('/index.html');
    const w = window as unknown as Record<string, unknown>;
    return {
      csp: response.headers.get('content-security-policy'),
      require: typeof w['require'],
      process: typeof w['process'],
      netwell: typeof w['netwell'],
    };
  });
  expect(seen.csp).toContain("default-src 'none'");
  expect(seen).toMatchObject({ require: 'undefined', process: 'undefined', netwell: 'object' });

  const info = await page.evaluate(() =>
    (window as unknown as { netwell: { app: { info(): Promise<unknown> } } }).netwell.app.info(),
  );
  expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir } });

  // Windows opened by the page are denied (and an unsafe URL is not handed to the OS either).
  const before = app.windows().length;
  await page.evaluate(() => window.open('file:///etc/passwd'));
  expect(app.windows().length).toBe(before);
  await app.close();
});
