/**
 * Where the UI lives: our own standard, secure scheme `app://netwell`, served from out/renderer by
 * app-protocol.ts. Pure (no electron import) so the security tests can table-test it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'netwell';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for a URL on `app://netwell` and, when given, the dev server's origin (electron-vite dev, never
 * packaged). Node gives non-special schemes an opaque origin ("null"), so compare scheme and host.
 */
export function isTrustedPageUrl(candidate: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    return (
      (dev.protocol === 'http:' || dev.protocol === 'https:') &&
      url.protocol === dev.protocol &&
      url.host === dev.host
    );
  } catch {
    return false;
  }
}
