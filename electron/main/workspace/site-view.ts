import { WebContentsView } from 'electron';
import type { WorkspaceSite } from '../../shared/boundaries';
import { hardenedWebPreferences } from '../hardened-web-preferences';
import { registerSiteContents } from './site-contents';
import { sitePartition } from './site-policy';

/**
 * The one factory for the workspace's site views: a website in Netwell's window, in its own
 * sandboxed renderer and its own persistent session (cookies and logins stay per site). Its
 * webPreferences are the main window's hardened ones (hardened-web-preferences.ts) plus its
 * partition.
 * There is no preload: a website gets no bridge to Netwell at all, and IPC from it is refused anyway
 * (ipc.ts accepts only the main window's page).
 *
 * The view is registered as a site view before it loads anything, which exempts it from the "stay
 * on app://netwell" navigation rule (security.ts) but not from the popup and webview rules.
 */
export function createSiteView(site: WorkspaceSite): WebContentsView {
  const view = new WebContentsView({
    webPreferences: hardenedWebPreferences({ partition: sitePartition(site.id) }),
  });
  registerSiteContents(view.webContents, site.url);
  return view;
}
