import type { WebContents } from 'electron';

/**
 * The web contents of the workspace's site views, each with its site's address. security.ts guards
 * every web contents the app creates (`web-contents-created`) and looks here, when a navigation or
 * popup happens, to tell a site view (which browses its website) from our own page (which must stay
 * on app://netwell). Only the site-view factory registers, right after creating a view and before
 * it loads anything. A WeakMap: a closed view's entry goes with it.
 */
const siteUrls = new WeakMap<WebContents, string>();

/** Marks `contents` as a site view showing the site at `siteUrl`. */
export function registerSiteContents(contents: WebContents, siteUrl: string): void {
  siteUrls.set(contents, siteUrl);
}

/** The site's address if `contents` is a site view, otherwise null (our own page, or unknown). */
export function siteUrlOf(contents: WebContents): string | null {
  return siteUrls.get(contents) ?? null;
}

/**
 * For `loadURL(...).catch(...)`: a load that another navigation replaced (ERR_ABORTED) is normal
 * browsing; anything else (offline, blocked while locked) goes to the log. The view shows whatever
 * Chromium shows; the workspace has nothing better to offer.
 */
export function logLoadFailure(log: (error: unknown) => void): (error: unknown) => void {
  return (error) => {
    if ((error as { code?: unknown } | null)?.code === 'ERR_ABORTED') return;
    log(error);
  };
}
