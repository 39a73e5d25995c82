import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, signIn, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { runHostExpectingFailure, startHostProcess } from './web-host-process';

test('a second host on the same data folder refuses with a clear message', async ({ host }) => {
  const { code, output } = await runHostExpectingFailure([
    '--data-dir',
    host.dataDir,
    '--port',
    '0',
  ]);
  expect(code).toBe(1);
  // The message names the running owner, as its lock records it.
  const owner = JSON.parse(
    await readFile(join(host.dataDir, 'netwell.lock', 'owner.json'), 'utf8'),
  ) as { pid: number };
  expect(output.trim()).toBe(
    `Netwell web host: Another Netwell (the desktop app or a web host; process ${owner.pid}) is already using the data folder ${host.dataDir}. Close it first, or choose another folder with --data-dir.`,
  );
});

test('bad options get a one-line message, not a stack trace', async () => {
  const { code, output } = await runHostExpectingFailure(['--port', 'ninety']);
  expect(code).toBe(2);
  expect(output).toMatch(/^Netwell web host: --port must be a whole number/);
  expect(output).not.toMatch(/at .*\.js:\d+/);
});

test('a data file corrupted by hand is moved aside and the app starts from the newest backup, saying so', async ({
  page,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'netwell-e2e-corrupt-'));
  try {
    const first = await startHostProcess(['--data-dir', dataDir, '--port', '0']);
    await signIn(page, first);
    const added = await page.evaluate(async () => {
      // The page's own bridge, as the UI uses it.
      const socket = new WebSocket(`ws://${location.host}/api`);
      await new Promise((r) => socket.addEventListener('open', r));
      // The host pushes contacts.changed before the result: wait for the result itself.
      const reply = new Promise<string>((r) =>
        socket.addEventListener('message', (m) => {
          if (String(m.data).includes('"type":"result"')) r(String(m.data));
        }),
      );
      socket.send(
        JSON.stringify({
          type: 'call',
          id: 1,
          name: 'contacts.create',
          input: { name: 'Ana Lima' },
        }),
      );
      return reply;
    });
    expect(added).toContain('"ok":true');
    await first.stop();

    // Closing cleanly backed up Ana; now the file is damaged by hand.
    const corrupt = '{"version": 2, "contacts": [{"name": "Ana Li';
    await writeFile(join(dataDir, 'netwell-data.json'), corrupt);

    const second = await startHostProcess(['--data-dir', dataDir, '--port', '0']);
    await signIn(page, second);
    const shell = new AppShell(page);
    await expect(shell.notice(/could not be read/)).toBeVisible();
    await expect(shell.notice(/restored the backup from/)).toBeVisible();
    await shell.goTo('Contacts');
    await expect(page.getByRole('main').getByText('Ana Lima')).toBeVisible();
    const aside = (await readdir(dataDir)).find((f) => f.includes('.unreadable-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dataDir, aside!), 'utf8')).toBe(corrupt);
    await second.stop();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('the page is served with a strict CSP and the host listens on 127.0.0.1 only', async ({
  host,
  request,
}) => {
  const res = await request.get(host.url);
  expect(res.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test('only the printed address lets a browser in: it trades its key for a cookie and drops it from the address bar', async ({
  host,
  browser,
}) => {
  const stranger = await browser.newPage();
  try {
    await stranger.goto(host.url);
    await expect(stranger.getByRole('heading', { name: 'Netwell needs its key' })).toBeVisible();
    await expect(stranger.getByText(/Open the address the Netwell web host printed/)).toBeVisible();
    await stranger.goto(`${host.url}/?token=${host.token.slice(0, -2)}`);
    await expect(
      stranger.getByRole('heading', { name: 'This key is not the right one' }),
    ).toBeVisible();

    await signIn(stranger, host);
    expect(stranger.url()).toBe(`${host.url}/`);
    await expect(stranger.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const [cookie] = await stranger.context().cookies(host.url);
    expect(cookie).toMatchObject({ name: 'netwell-session', httpOnly: true, sameSite: 'Strict' });
    // Scripts on the page never see the key.
    expect(await stranger.evaluate(() => document.cookie)).toBe('');
  } finally {
    await stranger.context().close();
  }
});
