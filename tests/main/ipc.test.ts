import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { Core } from '../../electron/core/app/create-core';
import { channelOf } from '../../electron/shared/api';
import { CrmContactDraftSchema as ContactDraftSchema } from '../../electron/shared/crm/crm-contact';
import { callNames } from '../../electron/shared/contract';
import { isTrustedPageUrl } from '../../electron/main/app-url';
import { registerIpc } from '../../electron/main/ipc';
import {
  FakeBrowserWindow,
  FakeFrame,
  ipcMain,
  resetFakeElectron,
  type FakeInvokeEvent,
} from './fake-electron';
import { removeDir, tempDir, testCore } from './test-core';

vi.mock('electron', () => import('./fake-electron'));

let dataDir: string;
let core: Core;
let window: FakeBrowserWindow;
let unregister: () => void;

const ownPage = (w: FakeBrowserWindow): FakeInvokeEvent => ({
  sender: w.webContents,
  senderFrame: w.webContents.mainFrame,
});

beforeEach(async () => {
  resetFakeElectron();
  dataDir = await tempDir();
  core = await testCore(dataDir);
  window = new FakeBrowserWindow({ show: false });
  await window.loadURL('app://netwell/index.html');
  unregister = registerIpc({
    handlers: core.handlers,
    bus: core.bus,
    mainWindow: () => window as unknown as BrowserWindow,
    trustedUrl: (url) => isTrustedPageUrl(url),
    log: () => undefined,
  });
});

afterEach(async () => {
  try {
    unregister();
    await core.close();
  } finally {
    await removeDir(dataDir);
  }
});

describe('IPC handlers', () => {
  it('registers exactly one handler per call in the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(callNames.map(channelOf).sort());
  });

  it('answers our own page through the core', async () => {
    const created = (await ipcMain.invoke(channelOf('contacts.create'), ownPage(window), {
      name: 'Ana Lima',
    })) as { ok: true; value: { id: string; name: string } };
    expect(created.ok).toBe(true);
    expect(created.value.name).toBe('Ana Lima');
    const listed = await ipcMain.invoke(channelOf('contacts.page'), ownPage(window), {
      query: 'ana',
    });
    expect(listed).toMatchObject({
      ok: true,
      value: { matches: 1, rows: [{ id: created.value.id }] },
    });
  });

  it('rejects input that does not match the contract, naming the field', async () => {
    const result = await ipcMain.invoke(channelOf('contacts.create'), ownPage(window), {
      name: '',
      emails: ['not-an-email'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const paths = (result as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['name', 'emails.0']));

    const extra = await ipcMain.invoke(channelOf('contacts.page'), ownPage(window), {
      query: 'x',
      evil: true,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  describe('refuses foreign senders without running the handler', () => {
    const other = () => new FakeBrowserWindow({ show: false });
    const cases: [string, () => FakeInvokeEvent][] = [
      [
        'another window',
        () => {
          const w = other();
          w.webContents.mainFrame.url = 'app://netwell/index.html';
          return ownPage(w);
        },
      ],
      [
        'a subframe of our page',
        () => ({
          sender: window.webContents,
          senderFrame: window.webContents.createSubframe('app://netwell/index.html'),
        }),
      ],
      ['a frame that is gone', () => ({ sender: window.webContents, senderFrame: null })],
      [
        'a frame that claims to be our top frame but is not',
        () => {
          const impostor = new FakeFrame(window.webContents.mainFrame.processId);
          impostor.url = 'app://netwell/index.html';
          return { sender: window.webContents, senderFrame: impostor };
        },
      ],
      [
        'our window after navigating to another site',
        () => {
          window.webContents.mainFrame.url = 'https://evil.example/';
          return ownPage(window);
        },
      ],
      [
        'a page on a look-alike origin',
        () => {
          window.webContents.mainFrame.url = 'app://netwell.evil/index.html';
          return ownPage(window);
        },
      ],
      [
        'a dev server URL that was not configured',
        () => {
          window.webContents.mainFrame.url = 'http://localhost:5173/';
          return ownPage(window);
        },
      ],
      [
        'a file:// page',
        () => {
          window.webContents.mainFrame.url = 'file:///app/out/renderer/index.html';
          return ownPage(window);
        },
      ],
    ];
    it.each(cases)('%s', async (_label, makeEvent) => {
      const result = await ipcMain.invoke(channelOf('contacts.create'), makeEvent(), {
        name: 'Mallory',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(core.store.read().contacts).toEqual([]);
    });
  });

  it('refuses everyone once the main window is destroyed', async () => {
    const event = ownPage(window);
    window.destroy();
    const result = await ipcMain.invoke(channelOf('app.info'), event, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('unregisters every handler', () => {
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    unregister = () => undefined;
  });
});

describe('events', () => {
  it('forwards every core event to the main window on its channel, payload only', async () => {
    const contact = await core.contacts.create(ContactDraftSchema.parse({ name: 'Ana Lima' }));
    core.notifications.raise({ kind: 'test', title: 'Hello', body: 'World', route: 'contacts' });
    const channels = window.webContents.sent.map((s) => s.channel);
    expect(channels).toEqual(
      expect.arrayContaining([channelOf('contacts.changed'), channelOf('notification.raised')]),
    );
    const changed = window.webContents.sent.find(
      (s) => s.channel === channelOf('contacts.changed'),
    );
    expect(changed?.args).toEqual([{ ids: [contact.id] }]);
  });

  it('pushes nothing to a page that is not ours', async () => {
    window.webContents.mainFrame.url = 'https://evil.example/';
    await core.contacts.create(ContactDraftSchema.parse({ name: 'Ana Lima' }));
    expect(window.webContents.sent).toEqual([]);
  });

  it('does not fail when the window is gone', async () => {
    window.destroy();
    await expect(
      core.contacts.create(ContactDraftSchema.parse({ name: 'Ana Lima' })),
    ).resolves.toBeTruthy();
  });

  it('stops forwarding once unregistered', async () => {
    unregister();
    unregister = () => undefined;
    await core.contacts.create(ContactDraftSchema.parse({ name: 'Ana Lima' }));
    expect(window.webContents.sent).toEqual([]);
  });
});
