import { app, type Session, type WebContents } from 'electron';
import { isTrustedPageUrl } from './app-url';
import { logLoadFailure, siteUrlOf } from './workspace/site-contents';
import { isWebUrl, popupAction } from './workspace/site-policy';

export interface SecurityOptions {
  /** The guarded door for links (open-external.ts); refused URLs are simply dropped. */
  openExternal(url: string): Promise<unknown>;
  /** electron-vite's dev server, trusted only in an unpackaged app. */
  devServerUrl?: string;
  log(error: unknown): void;
}

/**
 * Locks down one web contents: no navigation away from our pages (a link to a safe https/mailto
 * target opens in the user's browser instead), no new windows, no <webview>.
 *
 * The one exemption is explicit: a workspace site view (registered by the site-view factory in
 * workspace/site-contents.ts, looked up when each event happens) browses its website, so it may
 * navigate and be redirected to any http(s) page; other schemes go to the openExternal door. Its
 * popups still never become windows: a page of the same site loads in the view itself, anything
 * else goes to the door.
 */
export function guardWebContents(contents: WebContents, options: SecurityOptions): void {
  const trusted = (url: string) => isTrustedPageUrl(url, options.devServerUrl);
  const openOutside = (url: string) => {
    options.openExternal(url).catch(options.log);
  };

  contents.on('will-navigate', (event) => {
    const site = siteUrlOf(contents);
    if (site !== null ? isWebUrl(event.url) : trusted(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    const site = siteUrlOf(contents);
    if (!(site !== null ? isWebUrl(event.url) : trusted(event.url))) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const site = siteUrlOf(contents);
    if (site !== null && popupAction(url, site) === 'stay') {
      contents.loadURL(new URL(url).href).catch(logLoadFailure(options.log));
    } else {
      openOutside(url);
    }
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies guardWebContents to every web contents the app ever creates (checklist items 12-14). */
export function guardAllWebContents(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

/**
 * Netwell needs no camera, microphone, location, notifications-from-the-page, USB/HID/serial...:
 * deny them all. Used for the default session and for every workspace site's session.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
