import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { normaliseProfileUrl } from './profile-url';

/**
 * The keys an imported card is recognised by. Each one names a single person: a UID, a profile
 * link on a network where a link is one person's page, a phone number together with the name.
 * A company or personal homepage is never one (colleagues share their company's site).
 */

/** A vCard UID as compared: `urn:uuid:` dropped, UUIDs in lower case. Null if empty. */
export function uidKey(uid: string): string | null {
  const value = uid.trim().replace(/^urn:uuid:/i, '');
  if (value === '') return null;
  return /^[0-9a-f-]{32,36}$/i.test(value) ? value.toLowerCase() : value;
}

/** Paths on these sites that are pages of the site, not a member's. */
const SITE_PAGES = new Set([
  'about',
  'explore',
  'features',
  'home',
  'i',
  'intent',
  'login',
  'marketplace',
  'notifications',
  'orgs',
  'pricing',
  'search',
  'settings',
  'share',
  'signup',
  'sponsors',
  'topics',
]);

const HANDLE = /^[a-z0-9_.-]{1,100}$/;

/**
 * "linkedin:jane-doe", "github:octocat", "x:jack", "mastodon:ana@mastodon.social",
 * "bluesky:ana.bsky.social": the person a profile link names, or null when the link is not a
 * person's profile on a network we know (a homepage, a company page, a search).
 */
export function personProfileKey(link: string): string | null {
  const normal = normaliseProfileUrl(link);
  if (!normal) return null;
  // "https://host/path": split by hand, URL parsing is too slow for 30,000 LinkedIn links.
  const slash = normal.indexOf('/', 8);
  const hostname = slash === -1 ? normal.slice(8) : normal.slice(8, slash);
  const pathname = slash === -1 ? '' : normal.slice(slash);
  const host = hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const parts = pathname.toLowerCase().split('/').filter(Boolean);
  const [first = '', second = ''] = parts;
  const one = (network: string, handle: string) =>
    HANDLE.test(handle) && !SITE_PAGES.has(handle) ? `${network}:${handle}` : null;
  if (host === 'linkedin.com')
    return (first === 'in' || first === 'pub') && second ? one('linkedin', second) : null;
  if (host === 'github.com' || host === 'gitlab.com')
    return parts.length === 1 ? one(host.split('.')[0]!, first) : null;
  if (host === 'x.com' || host === 'twitter.com')
    return parts.length === 1 ? one('x', first.replace(/^@/, '')) : null;
  if (host === 'instagram.com' || host === 'threads.net' || host === 'keybase.io')
    return parts.length === 1 ? one(host.split('.')[0]!, first.replace(/^@/, '')) : null;
  if (host === 'bsky.app')
    return first === 'profile' && parts.length === 2 ? one('bluesky', second) : null;
  // Mastodon and the fediverse: https://instance/@user (or /users/user), on any instance.
  const user =
    parts.length === 1 && first.startsWith('@')
      ? first.slice(1)
      : parts.length === 2 && first === 'users'
        ? second
        : '';
  return HANDLE.test(user) ? `mastodon:${user}@${host}` : null;
}

/** A handle stored without a link ("@jack" on X, "ana@mastodon.social"): its key, if it has one. */
export function handleKey(platform: string, handle: string): string | null {
  const value = handle.trim().toLowerCase().replace(/^@/, '');
  if (value === '') return null;
  if (platform === 'x' || platform === 'twitter') return HANDLE.test(value) ? `x:${value}` : null;
  if (platform === 'github' || platform === 'instagram' || platform === 'bluesky')
    return HANDLE.test(value) ? `${platform}:${value}` : null;
  if (platform === 'mastodon')
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? `mastodon:${value}` : null;
  return null;
}

/** A name as compared: Unicode-normalised, case and punctuation folded, spaces collapsed. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,'’"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A phone number's keys: its E.164 form when the number says its country (+44 …, 0044 …) or
 * when it parses in one of `countries` (the countries of the other numbers in play); otherwise
 * its digits, so the same national number written twice still meets itself.
 */
export function phoneKeys(phone: string, countries: readonly CountryCode[] = []): string[] {
  const value = phone.trim().replace(/^00(?=[1-9])/, '+');
  if (value.startsWith('+')) {
    // E.164 is the country code and the number, digits only; "+44 (0)20 …" drops the trunk 0.
    const digits = value.replace(/\(0\)/g, '').replace(/\D/g, '');
    return digits.length >= 5 ? [`+${digits}`] : [];
  }
  const digits = value.replace(/\D/g, '');
  if (digits.length < 5) return [];
  const keys = new Set<string>([`digits:${digits}`]);
  for (const country of countries) {
    const parsed = parsePhoneNumberFromString(value, country);
    if (parsed?.isValid()) keys.add(parsed.number);
  }
  return [...keys];
}

/** phoneKeys with a memory: a file and an address book repeat the same numbers. */
export function phoneKeyReader(countries: readonly CountryCode[]): (phone: string) => string[] {
  const seen = new Map<string, string[]>();
  return (phone) => {
    let keys = seen.get(phone);
    if (!keys) seen.set(phone, (keys = phoneKeys(phone, countries)));
    return keys;
  };
}

/** The country of an international number, to read national numbers next to it. */
export function countryOf(phone: string): CountryCode | null {
  const value = phone.trim().replace(/^00(?=[1-9])/, '+');
  if (!value.startsWith('+')) return null;
  return parsePhoneNumberFromString(value)?.country ?? null;
}
