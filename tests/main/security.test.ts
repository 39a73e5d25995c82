import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalSafely } from '../../electron/main/open-external';
import { denyAllPermissions, guardAllWebContents } from '../../electron/main/security';
import { registerSiteContents, siteUrlOf } from '../../electron/main/workspace/site-contents';
import {
  app,
  fake,
  FakeBrowserWindow,
  FakeWebContentsView,
  resetFakeElectron,
  session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const flush = () => new Promise((resolve) => setImmediate(resolve));

function guardedWindow(devServerUrl?: string) {
  guardAllWebContents({
    openExternal: openExternalSafely,
    log: (error) => {
      throw error;
    },
    ...(devServerUrl ? { devServerUrl } : {}),
  });
  const window = new FakeBrowserWindow({ show: false });
  window.webContents.mainFrame.url = 'app://netwell/index.html';
  return window.webContents;
}

beforeEach(() => {
  resetFakeElectron();
});

describe('every web contents is guarded', () => {
  it('is installed at app level, for windows created later too', () => {
    guardAllWebContents({ openExternal: openExternalSafely, log: () => undefined });
    expect(app.listenerCount('web-contents-created')).toBe(1);
    const later = new FakeBrowserWindow();
    expect(later.webContents.windowOpenHandler).not.toBeNull();
    expect(later.webContents.listenerCount('will-navigate')).toBe(1);
  });

  it('allows navigation within app://netwell', () => {
    const contents = guardedWindow();
    expect(contents.navigate('app://netwell/index.html#/contacts')).toBe(true);
    expect(contents.navigate('app://netwell/other.html')).toBe(true);
  });

  it.each([
    ['https://www.linkedin.com/in/ana', true],
    ['mailto:ana@example.com', true],
    ['http://example.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://netwell.evil/index.html', false],
    ['app://other/index.html', false],
    ['http://localhost:5173/', false],
  ])('blocks navigating the window to %s (opened outside: %s)', async (url, openedOutside) => {
    const contents = guardedWindow();
    expect(contents.navigate(url)).toBe(false);
    await flush();
    expect(fake.openedExternally).toEqual(openedOutside ? [new URL(url).href] : []);
  });

  it('blocks redirects away from our pages, and never opens them', async () => {
    const contents = guardedWindow();
    expect(contents.redirect('https://evil.example/')).toBe(false);
    expect(contents.redirect('app://netwell/index.html')).toBe(true);
    await flush();
    expect(fake.openedExternally).toEqual([]);
  });

  it.each([
    ['https://www.linkedin.com/in/ana', true],
    ['mailto:ana@example.com?subject=Hi', true],
    ['https://user:pass@evil.example/', false],
    ['http://example.com/', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['smb://evil.example/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['app://netwell/index.html', false],
    ['about:blank', false],
  ])('denies window.open(%s), opening safe links outside (%s)', async (url, openedOutside) => {
    const contents = guardedWindow();
    expect(contents.openWindow(url)).toBe('deny');
    await flush();
    expect(fake.openedExternally).toEqual(openedOutside ? [new URL(url).href] : []);
  });

  it('prevents <webview> from attaching', () => {
    expect(guardedWindow().attachWebview('https://evil.example/')).toBe(false);
  });

  it('trusts the electron-vite dev server only when it is configured', () => {
    expect(
      guardedWindow('http://localhost:5173').navigate('http://localhost:5173/index.html'),
    ).toBe(true);
    resetFakeElectron();
    expect(guardedWindow().navigate('http://localhost:5173/index.html')).toBe(false);
  });
});

describe('the workspace exemption', () => {
  /** A view registered the way the site-view factory does it: after creation, before loading. */
  function siteView(siteUrl = 'https://www.linkedin.com/feed/') {
    guardAllWebContents({ openExternal: openExternalSafely, log: () => undefined });
    const view = new FakeWebContentsView({});
    registerSiteContents(view.webContents as never, siteUrl);
    return view.webContents;
  }

  it('guards views as they are created, like windows', () => {
    guardAllWebContents({ openExternal: openExternalSafely, log: () => undefined });
    const view = new FakeWebContentsView({});
    expect(view.webContents.windowOpenHandler).not.toBeNull();
    expect(view.webContents.listenerCount('will-navigate')).toBe(1);
    expect(siteUrlOf(view.webContents as never)).toBeNull();
  });

  it('is only for registered site views: an unregistered view stays on app://netwell', () => {
    guardAllWebContents({ openExternal: openExternalSafely, log: () => undefined });
    const view = new FakeWebContentsView({});
    expect(view.webContents.navigate('https://www.linkedin.com/')).toBe(false);
    expect(view.webContents.redirect('https://www.linkedin.com/')).toBe(false);
  });

  it.each([
    ['https://www.linkedin.com/in/ana', true],
    ['https://example.com/', true],
    ['http://example.com/', true],
    ['https://user:pass@example.com/', false],
    ['file:///etc/passwd', false],
    ['app://netwell/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['chrome://gpu', false],
  ])('lets a site view navigate and redirect to %s: %s', (url, allowed) => {
    const contents = siteView();
    expect(contents.navigate(url)).toBe(allowed);
    expect(contents.redirect(url)).toBe(allowed);
  });

  it.each([
    ['https://www.linkedin.com/messaging/', 'view'],
    ['https://uk.linkedin.com/jobs', 'view'],
    ['https://example.com/article', 'browser'],
    ['mailto:ana@example.com', 'browser'],
    ['http://example.com/', 'nowhere'],
    ['file:///etc/passwd', 'nowhere'],
    ['about:blank', 'nowhere'],
  ])('never opens a window for a site popup: %s goes to the %s', async (url, where) => {
    const contents = siteView();
    expect(contents.openWindow(url)).toBe('deny');
    await flush();
    expect(contents.loaded).toEqual(where === 'view' ? [url] : []);
    expect(fake.openedExternally).toEqual(where === 'browser' ? [url] : []);
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });

  it('still refuses <webview> in a site view', () => {
    expect(siteView().attachWebview('https://www.linkedin.com/')).toBe(false);
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'hid',
    'unknown',
  ])('denies %s, asked or checked', async (permission) => {
    denyAllPermissions(session.defaultSession as never);
    await expect(session.defaultSession.requestPermission(permission)).resolves.toBe(false);
    expect(session.defaultSession.checkPermission(permission)).toBe(false);
  });

  it('denies USB, HID and serial devices', () => {
    denyAllPermissions(session.defaultSession as never);
    expect(session.defaultSession.checkDevicePermission('usb')).toBe(false);
  });
});

describe('the openExternal door', () => {
  it('opens https and mailto links, normalised', async () => {
    await expect(openExternalSafely('  https://www.linkedin.com/in/ana ')).resolves.toBe(true);
    await expect(openExternalSafely('mailto:ana@example.com')).resolves.toBe(true);
    expect(fake.openedExternally).toEqual([
      'https://www.linkedin.com/in/ana',
      'mailto:ana@example.com',
    ]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com', '', 'not a url'])(
    'refuses %j without touching the shell',
    async (url) => {
      await expect(openExternalSafely(url)).resolves.toBe(false);
      expect(fake.openedExternally).toEqual([]);
    },
  );
});
