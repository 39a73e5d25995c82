import {
  session as sessions,
  type BrowserWindow,
  type Session,
  type WebContentsView,
} from 'electron';
import type { WorkspaceSite } from '../../shared/boundaries';
import type { WorkspacePort } from '../../core/ports';
import { logLoadFailure } from './site-contents';
import { siteMayOpen, sitePartition } from './site-policy';
import { prepareSiteSession, setSiteSessionAccess } from './site-session';
import { createSiteView } from './site-view';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WorkspaceOptions {
  /** The main window, if there is one now. */
  mainWindow(): BrowserWindow | null;
  /** A site view gained or lost keyboard focus (core.boundaries.status.setWorkspaceFocus). */
  onFocusChange(focused: boolean): void;
  log(error: unknown): void;
}

/** The workspace as the Electron shell uses it: the core's port plus the OS's say on focus. */
export interface ElectronWorkspace extends WorkspacePort {
  /** The machine sleeps or the screen locks: nobody is using the workspace, whatever has focus. */
  pauseFocus(): void;
  /** Back from sleep or the lock screen: reads focus again from the window and the site view. */
  syncFocus(): void;
  /** The ids of the sites that have a live view (for tests and diagnostics). */
  liveSites(): string[];
  /** Quitting: closes every site view. */
  dispose(): void;
}

interface SiteEntry {
  site: WorkspaceSite;
  session: Session;
  view: WebContentsView | null;
}

/** CSS pixels of the page (which may be zoomed) to the window's device-independent pixels. */
function toWindowBounds(bounds: Bounds, zoomFactor: number): Bounds {
  const zoom = Number.isFinite(zoomFactor) && zoomFactor > 0 ? zoomFactor : 1;
  const scale = (value: number) => Math.max(0, Math.round(value * zoom));
  return {
    x: scale(bounds.x),
    y: scale(bounds.y),
    width: scale(bounds.width),
    height: scale(bounds.height),
  };
}

/**
 * The networking workspace: each site in its own WebContentsView (one per site, reused while the
 * workspace is open) inside the main window, over the area the renderer's Workspace page gives.
 *
 * - Locked (`applyAccess(false)`): every site session cancels all requests, and every view is
 *   closed, not just hidden: a hidden page would keep its open WebSockets, timers and sounds, which
 *   a request blocker does not stop. Logins survive in the sites' persistent sessions.
 * - A removed site's view is closed and its session's cookies and storage are cleared.
 * - The view is shown only while the window is visible and not minimised, and put back when the
 *   window returns; the renderer calls `show` again with new bounds when its area changes. If our
 *   page reloads or crashes, the view is taken away (the renderer shows it again when it is ready).
 * - Focus: a site view's page gaining focus starts workspace time; its blur, the window's blur,
 *   hiding the view, sleep and the lock screen stop it.
 */
export function createWorkspace(options: WorkspaceOptions): ElectronWorkspace {
  const sites = new Map<string, SiteEntry>();
  const wiredWindows = new WeakSet<BrowserWindow>();
  let open = false;
  let onBreak: ReadonlySet<string> = new Set();
  let wanted: { siteId: string; bounds: Bounds } | null = null;
  let attached: { view: WebContentsView; window: BrowserWindow } | null = null;
  let focused = false;

  const setFocus = (next: boolean): void => {
    if (next === focused) return;
    focused = next;
    options.onFocusChange(next);
  };

  const liveWindow = (): BrowserWindow | null => {
    const window = options.mainWindow();
    return window && !window.isDestroyed() ? window : null;
  };

  const detach = (): void => {
    if (!attached) return;
    const { view, window } = attached;
    attached = null;
    setFocus(false);
    if (window.isDestroyed()) return;
    const hadFocus = !view.webContents.isDestroyed() && view.webContents.isFocused();
    window.contentView.removeChildView(view);
    // Keyboard focus would otherwise be left on a view that is no longer there.
    if (hadFocus && window.isFocused()) window.webContents.focus();
  };

  const closeView = (entry: SiteEntry): void => {
    const view = entry.view;
    if (!view) return;
    if (attached?.view === view) detach();
    entry.view = null;
    if (!view.webContents.isDestroyed()) view.webContents.close();
  };

  const prepare = (site: WorkspaceSite): SiteEntry => {
    const known = sites.get(site.id);
    if (known) return known;
    const session = sessions.fromPartition(sitePartition(site.id));
    prepareSiteSession(session, siteMayOpen(open, site.id, onBreak));
    const entry: SiteEntry = { site, session, view: null };
    sites.set(site.id, entry);
    return entry;
  };

  const viewFor = (entry: SiteEntry): WebContentsView => {
    const existing = entry.view;
    if (existing && !existing.webContents.isDestroyed() && !existing.webContents.isCrashed()) {
      return existing;
    }
    closeView(entry);
    const view = createSiteView(entry.site);
    entry.view = view;
    const contents = view.webContents;
    contents.on('focus', () => {
      if (attached?.view === view) setFocus(true);
    });
    contents.on('blur', () => {
      if (attached?.view === view) setFocus(false);
    });
    contents.loadURL(entry.site.url).catch(logLoadFailure(options.log));
    return view;
  };

  const syncFocus = (): void => {
    const window = attached?.window;
    const contents = attached?.view.webContents;
    setFocus(
      !!window &&
        !window.isDestroyed() &&
        window.isFocused() &&
        !!contents &&
        !contents.isDestroyed() &&
        contents.isFocused(),
    );
  };

  const wire = (window: BrowserWindow): void => {
    if (wiredWindows.has(window)) return;
    wiredWindows.add(window);
    window.on('hide', detach);
    window.on('minimize', detach);
    window.on('show', () => render());
    window.on('restore', () => render());
    window.on('blur', () => setFocus(false));
    window.on('focus', syncFocus);
    window.on('closed', () => {
      if (attached?.window === window) {
        attached = null;
        setFocus(false);
      }
    });
    // Our page reloaded or crashed: its Workspace page is gone, so the site must not cover it.
    // (Route changes inside the page are same-document and do not emit did-navigate.)
    const pageGone = () => {
      wanted = null;
      render();
    };
    window.webContents.on('did-navigate', pageGone);
    window.webContents.on('render-process-gone', pageGone);
  };

  /** Makes the window show what is wanted, if the lock and the window allow. Returns the view shown. */
  const render = (): WebContentsView | null => {
    const window = liveWindow();
    const entry = wanted ? sites.get(wanted.siteId) : undefined;
    if (
      !wanted ||
      !siteMayOpen(open, wanted.siteId, onBreak) ||
      !entry ||
      !window ||
      !window.isVisible() ||
      window.isMinimized()
    ) {
      detach();
      return null;
    }
    wire(window);
    const view = viewFor(entry);
    if (attached?.view !== view || attached.window !== window) {
      detach();
      window.contentView.addChildView(view);
      attached = { view, window };
    }
    view.setBounds(toWindowBounds(wanted.bounds, window.webContents.getZoomFactor()));
    return view;
  };

  return {
    applyAccess(nowOpen, current, breaks = []) {
      open = nowOpen;
      onBreak = new Set(breaks);
      const byId = new Map(current.map((site) => [site.id, site]));
      for (const [id, entry] of sites) {
        const site = byId.get(id);
        if (!site) {
          // Removed from the workspace: close it and forget its logins.
          setSiteSessionAccess(entry.session, false);
          closeView(entry);
          sites.delete(id);
          Promise.all([entry.session.clearStorageData(), entry.session.clearCache()]).catch(
            options.log,
          );
          continue;
        }
        if (site.url !== entry.site.url) closeView(entry); // reopens at the new address
        entry.site = site;
      }
      // Sessions first, so that nothing slips out while the views close.
      for (const site of current) {
        setSiteSessionAccess(prepare(site).session, siteMayOpen(open, site.id, onBreak));
      }
      for (const [id, entry] of sites) {
        if (!siteMayOpen(open, id, onBreak)) closeView(entry);
      }
      if (wanted && !siteMayOpen(open, wanted.siteId, onBreak)) wanted = null;
      if (wanted && !sites.has(wanted.siteId)) wanted = null;
      render();
    },

    show(site, bounds) {
      // The core refuses `workspace.show` while locked or on a break; this is the shell's own check.
      if (!siteMayOpen(open, site.id, onBreak) || !liveWindow()) return false;
      const entry = prepare(site);
      if (site.url !== entry.site.url) {
        closeView(entry);
        entry.site = site;
      }
      const before = attached?.view ?? null;
      wanted = { siteId: site.id, bounds: { ...bounds } };
      const view = render();
      // A newly shown site takes the keyboard (keyboard users could not reach it otherwise).
      const window = attached?.window;
      if (view && view !== before && window?.isFocused()) view.webContents.focus();
      return true;
    },

    hide() {
      wanted = null;
      render();
    },

    pauseFocus() {
      setFocus(false);
    },

    syncFocus,

    liveSites() {
      return [...sites.entries()].filter(([, entry]) => entry.view).map(([id]) => id);
    },

    dispose() {
      wanted = null;
      for (const entry of sites.values()) closeView(entry);
    },
  };
}
