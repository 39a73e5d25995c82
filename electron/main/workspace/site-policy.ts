/**
 * Pure rules for the networking workspace's site views: which session a site gets, where its pages
 * may go, and what happens to the windows they try to open. No electron import, so the security
 * tests can table-test every rule.
 */
import { createHash } from 'node:crypto';

/**
 * The persistent session partition of one site: `persist:site-<id>` for a plain lower-case id.
 * Electron lower-cases and path-escapes a partition name to make the folder of its cookies and
 * storage, so any other id (upper case, dots, slashes, spaces...) is replaced by a digest: two sites
 * never share a folder, and no id can point the folder elsewhere.
 */
export function sitePartition(siteId: string): string {
  if (/^[a-z0-9][a-z0-9_-]{0,63}$/.test(siteId)) return `persist:site-${siteId}`;
  const digest = createHash('sha256').update(siteId, 'utf8').digest('hex').slice(0, 32);
  return `persist:site-x${digest}`;
}

/** Parses `candidate` as an http(s) URL with a host and no credentials, or returns null. */
function webUrl(candidate: string): URL | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url;
}

/** True for a web page address a site view may navigate to: http(s), with a host, no credentials. */
export function isWebUrl(candidate: string): boolean {
  return webUrl(candidate) !== null;
}

/**
 * Second-level labels that ccTLDs use for registrations (bbc.co.uk, abc.net.au, globo.com.br).
 * A stand-in for the Public Suffix List, which no installed package provides.
 */
const CCTLD_SECOND_LEVELS = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'go',
  'gob',
  'gov',
  'ltd',
  'mil',
  'ne',
  'net',
  'nic',
  'nom',
  'or',
  'org',
  'plc',
  'sch',
]);

/**
 * The registrable part of a host name ("eTLD+1"), approximately: `www.linkedin.com` and
 * `uk.linkedin.com` give `linkedin.com`, `www.bbc.co.uk` gives `bbc.co.uk`. IP addresses are kept
 * whole. Without the Public Suffix List, tenants of shared hosts (`a.github.io`, `b.github.io`)
 * count as one site; the only effect is that a popup between them stays in the workspace.
 */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name.includes(':') || name.startsWith('[') || /^\d+(\.\d+){3}$/.test(name)) return name;
  const labels = name.split('.');
  if (labels.length <= 2) return name;
  const tld = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const keep = tld.length === 2 && CCTLD_SECOND_LEVELS.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True when `candidate` is an http(s) page on the same registrable domain as `siteUrl`. */
export function isSameSite(candidate: string, siteUrl: string): boolean {
  const url = webUrl(candidate);
  const site = webUrl(siteUrl);
  if (!url || !site) return false;
  return registrableDomain(url.hostname) === registrableDomain(site.hostname);
}

/**
 * What to do with a window a site's page tries to open (window.open, target=_blank): a page of the
 * same site loads in the site's own view, so the user stays in the workspace; anything else goes to
 * the guarded openExternal door (which opens only https and mailto). No new window either way.
 */
export function popupAction(url: string, siteUrl: string): 'stay' | 'outside' {
  return isSameSite(url, siteUrl) ? 'stay' : 'outside';
}

/**
 * The user agent a site sees: Electron's own, minus the `Electron/x` and `Netwell/x` tokens, so
 * sites that refuse "embedded browsers" by their user agent treat the view as the Chrome it is.
 */
export function browserUserAgent(userAgent: string): string {
  return userAgent
    .replace(/\s(?:Electron|Netwell)\/\S+/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Whether a site's session may load anything: only while the workspace is open and the site is not
 * on a break ("take a break from this platform" locks its sites whatever the window says).
 */
export function siteMayOpen(
  workspaceOpen: boolean,
  siteId: string,
  onBreak: ReadonlySet<string>,
): boolean {
  return workspaceOpen && !onBreak.has(siteId);
}
