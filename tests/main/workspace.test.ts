import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceSite } from '../../electron/shared/boundaries';
import { openExternalSafely } from '../../electron/main/open-external';
import { guardAllWebContents } from '../../electron/main/security';
import { siteUrlOf } from '../../electron/main/workspace/site-contents';
import { createWorkspace, type ElectronWorkspace } from '../../electron/main/workspace/workspace';
import {
  app,
  fake,
  FakeBrowserWindow,
  FakeWebContents,
  FakeWebContentsView,
  resetFakeElectron,
  session,
  type FakeSession,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const flush = () => new Promise((resolve) => setImmediate(resolve));

const linkedin: WorkspaceSite = {
  id: 'linkedin',
  name: 'LinkedIn',
  url: 'https://www.linkedin.com/feed/',
};
const mastodon: WorkspaceSite = {
  id: 'mastodon',
  name: 'Mastodon',
  url: 'https://mastodon.social/',
};
const area = { x: 240, y: 64, width: 900, height: 700 };

let window: FakeBrowserWindow;
let workspace: ElectronWorkspace;
let focus: boolean[];
let errors: unknown[];

const views = () => FakeWebContentsView.all;
const viewOf = (index: number): FakeWebContentsView => {
  const view = views()[index];
  if (!view) throw new Error(`no view ${index}`);
  return view;
};
const shown = () => window.contentView.children;
const sessionOf = (id: string) => session.fromPartition(`persist:site-${id}`);

beforeEach(() => {
  resetFakeElectron();
  app.becomeReady();
  guardAllWebContents({ openExternal: openExternalSafely, log: (e) => errors.push(e) });
  window = new FakeBrowserWindow({ show: true });
  window.webContents.mainFrame.url = 'app://netwell/index.html';
  focus = [];
  errors = [];
  workspace = createWorkspace({
    mainWindow: () => window as never,
    onFocusChange: (focused) => focus.push(focused),
    log: (error) => errors.push(error),
  });
});

describe('site views', () => {
  it('are created with the safe preferences, each in its own partition, with no preload', () => {
    workspace.applyAccess(true, [linkedin, mastodon]);
    expect(workspace.show(linkedin, area)).toBe(true);
    expect(workspace.show(mastodon, area)).toBe(true);
    expect(views()).toHaveLength(2);
    const partitions = views().map((view) => view.options.webPreferences?.partition);
    expect(partitions).toEqual(['persist:site-linkedin', 'persist:site-mastodon']);
    for (const view of views()) {
      const prefs = view.options.webPreferences ?? {};
      expect(prefs['sandbox']).toBe(true);
      expect(prefs['contextIsolation']).toBe(true);
      expect(prefs['nodeIntegration']).toBe(false);
      expect(prefs['nodeIntegrationInWorker']).toBe(false);
      expect(prefs['nodeIntegrationInSubFrames']).toBe(false);
      expect(prefs['webSecurity']).toBe(true);
      expect(prefs['allowRunningInsecureContent']).toBe(false);
      expect(prefs['experimentalFeatures']).toBe(false);
      expect(prefs['webviewTag']).toBe(false);
      expect(prefs['navigateOnDragDrop']).toBe(false);
      expect(prefs).not.toHaveProperty('preload');
      expect(prefs).not.toHaveProperty('session');
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
      expect(prefs).not.toHaveProperty('additionalArguments');
    }
    expect(viewOf(0).webContents.session).not.toBe(viewOf(1).webContents.session);
    expect(viewOf(0).webContents.session).not.toBe(session.defaultSession);
  });

  it('load their site, registered as site views before the first load', async () => {
    const registeredAtLoad: (string | null)[] = [];
    const loadURL = FakeWebContents.prototype.loadURL;
    const spy = vi.spyOn(FakeWebContents.prototype, 'loadURL').mockImplementation(function (
      this: FakeWebContents,
      url: string,
    ) {
      registeredAtLoad.push(siteUrlOf(this as never));
      return loadURL.call(this, url);
    });
    try {
      workspace.applyAccess(true, [linkedin]);
      workspace.show(linkedin, area);
      await flush();
    } finally {
      spy.mockRestore();
    }
    expect(registeredAtLoad).toEqual([linkedin.url]);
    expect(viewOf(0).webContents.getURL()).toBe(linkedin.url);
    expect(errors).toEqual([]);
  });

  it('go into the main window at the given bounds, scaled by the page zoom', () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    expect(shown()).toEqual([viewOf(0)]);
    expect(viewOf(0).getBounds()).toEqual(area);

    // The renderer calls show again when its area changes (window resized): same view, new bounds.
    workspace.show(linkedin, { x: 240, y: 64, width: 700, height: 500 });
    expect(views()).toHaveLength(1);
    expect(shown()).toEqual([viewOf(0)]);
    expect(viewOf(0).getBounds()).toEqual({ x: 240, y: 64, width: 700, height: 500 });

    window.webContents.zoomFactor = 1.25; // CSS pixels are bigger than the window's pixels
    workspace.show(linkedin, { x: 200, y: 50, width: 801, height: 400 });
    expect(viewOf(0).getBounds()).toEqual({ x: 250, y: 63, width: 1001, height: 500 });
  });

  it('show one site at a time and are reused per site', () => {
    workspace.applyAccess(true, [linkedin, mastodon]);
    workspace.show(linkedin, area);
    workspace.show(mastodon, area);
    expect(shown()).toEqual([viewOf(1)]);
    workspace.show(linkedin, area);
    expect(views()).toHaveLength(2);
    expect(shown()).toEqual([viewOf(0)]);
    expect(viewOf(1).webContents.isDestroyed()).toBe(false); // kept for when it comes back
    expect(workspace.liveSites()).toEqual(['linkedin', 'mastodon']);
  });

  it('are taken out of the window by hide, and kept', () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    workspace.hide();
    expect(shown()).toEqual([]);
    expect(viewOf(0).webContents.isDestroyed()).toBe(false);
    workspace.show(linkedin, area);
    expect(views()).toHaveLength(1);
    expect(shown()).toEqual([viewOf(0)]);
  });

  it('follow the window: out while it is hidden or minimised, back when it returns', () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    window.hide();
    expect(shown()).toEqual([]);
    window.show();
    expect(shown()).toEqual([viewOf(0)]);
    window.minimize();
    expect(shown()).toEqual([]);
    window.restore();
    expect(shown()).toEqual([viewOf(0)]);
    expect(viewOf(0).getBounds()).toEqual(area);
  });

  it('leave the window when our own page reloads or crashes', () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    window.webContents.emit('did-navigate', {}, 'app://netwell/index.html');
    expect(shown()).toEqual([]);
    workspace.show(linkedin, area);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(shown()).toEqual([]);
    window.show(); // the window coming back does not bring the site back by itself
    expect(shown()).toEqual([]);
  });

  it('are replaced when their page crashed', () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    viewOf(0).webContents.crashed = true;
    workspace.show(linkedin, area);
    expect(views()).toHaveLength(2);
    expect(viewOf(0).webContents.isDestroyed()).toBe(true);
    expect(shown()).toEqual([viewOf(1)]);
  });

  it('cannot be shown without a window', () => {
    const windowless = createWorkspace({
      mainWindow: () => null,
      onFocusChange: () => undefined,
      log: () => undefined,
    });
    windowless.applyAccess(true, [linkedin]);
    expect(windowless.show(linkedin, area)).toBe(false);
    expect(views()).toHaveLength(0);
  });

  it('are all closed on dispose (quitting)', () => {
    workspace.applyAccess(true, [linkedin, mastodon]);
    workspace.show(linkedin, area);
    workspace.show(mastodon, area);
    workspace.dispose();
    expect(views().every((view) => view.webContents.isDestroyed())).toBe(true);
    expect(shown()).toEqual([]);
  });
});

describe('site sessions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'midi',
    'unknown',
  ])('deny %s, asked or checked', async (permission) => {
    workspace.applyAccess(true, [linkedin]);
    const site = sessionOf('linkedin');
    await expect(site.requestPermission(permission)).resolves.toBe(false);
    expect(site.checkPermission(permission)).toBe(false);
  });

  it('deny USB, HID and serial devices', () => {
    workspace.applyAccess(true, [linkedin]);
    expect(sessionOf('linkedin').checkDevicePermission('hid')).toBe(false);
  });

  it('cancel every request while locked, from before any view exists, and pass them when open', async () => {
    workspace.applyAccess(false, [linkedin, mastodon]);
    for (const id of ['linkedin', 'mastodon']) {
      const site = sessionOf(id);
      await expect(site.request('https://www.linkedin.com/feed/')).resolves.toBe('cancelled');
      await expect(
        site.request('wss://www.linkedin.com/realtime', { resourceType: 'webSocket' }),
      ).resolves.toBe('cancelled');
    }
    workspace.applyAccess(true, [linkedin, mastodon]);
    await expect(sessionOf('linkedin').request('https://www.linkedin.com/feed/')).resolves.toBe(
      'allowed',
    );
    // Open, no listener is left in front of the site's requests (each would cost a round trip).
    expect(sessionOf('linkedin').webRequest.beforeRequest).toBeNull();
    workspace.applyAccess(false, [linkedin, mastodon]);
    await expect(sessionOf('mastodon').request('https://mastodon.social/')).resolves.toBe(
      'cancelled',
    );
  });

  it('leave the default session alone', async () => {
    workspace.applyAccess(false, [linkedin]);
    await expect(session.defaultSession.request('app://netwell/index.html')).resolves.toBe(
      'allowed',
    );
  });

  it('send a browser user agent, without the Electron and Netwell tokens', () => {
    workspace.applyAccess(true, [linkedin]);
    const agent = sessionOf('linkedin').getUserAgent();
    expect(agent).toContain('Chrome/');
    expect(agent).not.toMatch(/Electron|Netwell/i);
  });
});

describe('locking', () => {
  it('closes every view (not just hides it) and refuses to show one', () => {
    workspace.applyAccess(true, [linkedin, mastodon]);
    workspace.show(mastodon, area);
    workspace.show(linkedin, area);
    window.focus();
    viewOf(1).webContents.focus();
    workspace.applyAccess(false, [linkedin, mastodon]);
    expect(shown()).toEqual([]);
    expect(views().every((view) => view.webContents.isDestroyed())).toBe(true);
    expect(focus.at(-1)).toBe(false);
    expect(workspace.show(linkedin, area)).toBe(false);
    expect(views()).toHaveLength(2);
  });

  it('opens fresh views when the workspace opens again', () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    workspace.applyAccess(false, [linkedin]);
    workspace.applyAccess(true, [linkedin]);
    expect(shown()).toEqual([]); // the renderer asks again
    workspace.show(linkedin, area);
    expect(views()).toHaveLength(2);
    expect(shown()).toEqual([viewOf(1)]);
  });
});

describe('a site on a break', () => {
  it('stays locked while the workspace is open: its view closes, its requests are cancelled, it is not shown', async () => {
    workspace.applyAccess(true, [linkedin, mastodon]);
    workspace.show(linkedin, area);
    expect(shown()).toEqual([viewOf(0)]);
    workspace.applyAccess(true, [linkedin, mastodon], ['linkedin']);
    expect(shown()).toEqual([]);
    expect(viewOf(0).webContents.isDestroyed()).toBe(true);
    await expect(sessionOf('linkedin').request('https://www.linkedin.com/feed/')).resolves.toBe(
      'cancelled',
    );
    await expect(sessionOf('mastodon').request('https://mastodon.social/')).resolves.toBe(
      'allowed',
    );
    expect(workspace.show(linkedin, area)).toBe(false);
    expect(workspace.show(mastodon, area)).toBe(true);
    // The break ends: the site opens again when the renderer asks.
    workspace.applyAccess(true, [linkedin, mastodon], []);
    await expect(sessionOf('linkedin').request('https://www.linkedin.com/feed/')).resolves.toBe(
      'allowed',
    );
    expect(workspace.show(linkedin, area)).toBe(true);
  });
});

describe('settings changes', () => {
  it('close the view of a removed site, block its session and clear its data', async () => {
    workspace.applyAccess(true, [linkedin, mastodon]);
    workspace.show(mastodon, area);
    workspace.show(linkedin, area);
    const removed = sessionOf('linkedin') as FakeSession;
    workspace.applyAccess(true, [mastodon]);
    expect(viewOf(1).webContents.isDestroyed()).toBe(true);
    expect(viewOf(0).webContents.isDestroyed()).toBe(false);
    expect(shown()).toEqual([]);
    await flush();
    expect(removed.storageCleared).toBe(1);
    await expect(removed.request('https://www.linkedin.com/')).resolves.toBe('cancelled');
    expect(workspace.liveSites()).toEqual(['mastodon']);
  });

  it('reopen a site whose address changed, in the same partition', async () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    const moved = { ...linkedin, url: 'https://www.linkedin.com/messaging/' };
    workspace.applyAccess(true, [moved]);
    await flush();
    expect(viewOf(0).webContents.isDestroyed()).toBe(true);
    expect(shown()).toEqual([viewOf(1)]);
    expect(viewOf(1).options.webPreferences?.partition).toBe('persist:site-linkedin');
    expect(viewOf(1).webContents.getURL()).toBe(moved.url);
    expect(siteUrlOf(viewOf(1).webContents as never)).toBe(moved.url);
  });
});

describe('focus', () => {
  it('reaches setWorkspaceFocus when the site gains and loses focus', () => {
    workspace.applyAccess(true, [linkedin]);
    window.focus();
    workspace.show(linkedin, area); // a newly shown site takes the keyboard
    expect(viewOf(0).webContents.isFocused()).toBe(true);
    expect(focus).toEqual([true]);
    viewOf(0).webContents.blur();
    viewOf(0).webContents.focus();
    expect(focus).toEqual([true, false, true]);
  });

  it('is lost when the window blurs, and found again when it returns', () => {
    workspace.applyAccess(true, [linkedin]);
    window.focus();
    workspace.show(linkedin, area);
    window.blur();
    expect(focus).toEqual([true, false]);
    window.focus();
    expect(focus).toEqual([true, false, true]);
  });

  it('is lost when the view is hidden, by hide or with the window', () => {
    workspace.applyAccess(true, [linkedin]);
    window.focus();
    workspace.show(linkedin, area);
    workspace.hide();
    expect(focus).toEqual([true, false]);
    expect(window.webContents.isFocused()).toBe(true); // the keyboard goes back to our page
    workspace.show(linkedin, area);
    window.minimize();
    expect(focus).toEqual([true, false, true, false]);
  });

  it('does not count a site that is not shown', () => {
    workspace.applyAccess(true, [linkedin, mastodon]);
    workspace.show(linkedin, area);
    workspace.show(mastodon, area);
    focus.length = 0;
    viewOf(0).webContents.focus();
    expect(focus).toEqual([]);
  });

  it('pauses for sleep and the lock screen, and is read again afterwards', () => {
    workspace.applyAccess(true, [linkedin]);
    window.focus();
    workspace.show(linkedin, area);
    workspace.pauseFocus();
    expect(focus).toEqual([true, false]);
    workspace.syncFocus();
    expect(focus).toEqual([true, false, true]);
    viewOf(0).webContents.blur();
    workspace.syncFocus();
    expect(focus).toEqual([true, false, true, false]);
  });
});

describe('the site views are guarded (security.ts, with the exemption for sites)', () => {
  const openSite = () => {
    workspace.applyAccess(true, [linkedin]);
    workspace.show(linkedin, area);
    return viewOf(0).webContents;
  };

  it('browse their website and others over http(s), nothing else', async () => {
    const contents = openSite();
    expect(contents.navigate('https://www.linkedin.com/in/ana')).toBe(true);
    expect(contents.navigate('https://accounts.google.com/signin')).toBe(true);
    expect(contents.navigate('http://example.com/')).toBe(true);
    expect(contents.redirect('https://www.linkedin.com/checkpoint')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(false);
    expect(contents.navigate('app://netwell/index.html')).toBe(false);
    expect(contents.navigate('javascript:alert(1)')).toBe(false);
    expect(contents.redirect('file:///etc/passwd')).toBe(false);
    expect(contents.navigate('mailto:ana@example.com')).toBe(false);
    await flush();
    expect(fake.openedExternally).toEqual(['mailto:ana@example.com']);
  });

  it('keep same-site popups in the workspace and send others through the door', async () => {
    const contents = openSite();
    expect(contents.openWindow('https://www.linkedin.com/messaging/')).toBe('deny');
    expect(contents.openWindow('https://uk.linkedin.com/jobs')).toBe('deny');
    expect(contents.openWindow('https://example.com/article')).toBe('deny');
    expect(contents.openWindow('http://example.com/')).toBe('deny');
    expect(contents.openWindow('file:///etc/passwd')).toBe('deny');
    expect(contents.openWindow('about:blank')).toBe('deny');
    await flush();
    expect(contents.loaded).toEqual([
      linkedin.url,
      'https://www.linkedin.com/messaging/',
      'https://uk.linkedin.com/jobs',
    ]);
    expect(fake.openedExternally).toEqual(['https://example.com/article']);
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('never attach a <webview>', () => {
    expect(openSite().attachWebview('https://evil.example/')).toBe(false);
  });

  it('do not exempt our own page', () => {
    openSite();
    expect(window.webContents.navigate('https://www.linkedin.com/feed/')).toBe(false);
  });
});
