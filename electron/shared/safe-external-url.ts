/**
 * The one guarded door for opening links outside the app: only https web pages and mailto links.
 * Anything else (file:, javascript:, custom protocols, http) is refused.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 && !/[\r\n]/.test(candidate);
  return false;
}
