const LINKEDIN =
  /^(?:https?:\/\/)?(?:www\.|[a-z]{2,3}\.)?linkedin\.com(\/[A-Za-z0-9_\-/.]*)?(?:[?#].*)?$/i;

/**
 * An https link that `new URL` surely accepts, checked without parsing it. The last label starts
 * with a letter (a numeric one makes the host an IPv4 address, and `www.22` is then refused) and
 * no label is punycode (`xn--`, which must decode). Anything else is parsed.
 */
const PLAIN_HTTPS =
  /^https:\/\/(?!xn--|[^/]*\.xn--)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*(?:\/[A-Za-z0-9_\-/.~%]*)?$/i;

/**
 * A profile link in one canonical form, so `http://www.linkedin.com/in/Jane-Doe/?trk=x` and
 * `linkedin.com/in/jane-doe` are the same person: https, no www, no query or fragment, no
 * trailing slash, lower case (LinkedIn's public ids are case-insensitive). Null if not a link.
 */
export function normaliseProfileUrl(input: string): string | null {
  const value = input.trim();
  if (value === '') return null;
  // The common case without URL parsing: 30,000 LinkedIn links in one import.
  const fast = LINKEDIN.exec(value);
  if (fast) return `https://linkedin.com${withoutTrailingSlashes(fast[1] ?? '').toLowerCase()}`;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // www.linkedin.com, uk.linkedin.com and linkedin.com are one site.
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/^[a-z]{2,3}\.(?=linkedin\.com$)/, '');
  let path = withoutTrailingSlashes(decodeSafely(url.pathname));
  if (host === 'linkedin.com') path = path.toLowerCase();
  return `https://${host}${path}`;
}

/** A loop, not /\/+$/: that regex is quadratic on a long run of slashes. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The https form we store on a contact (the schema accepts only https links). */
export function storableUrl(input: string): string | null {
  const value = input.trim();
  if (value === '') return null;
  // Plain https links (nearly all of them) need no URL parsing.
  if (PLAIN_HTTPS.test(value)) return value;
  const withScheme = /^https?:\/\//i.test(value)
    ? value.replace(/^http:/i, 'https:')
    : /^[a-z][a-z0-9+.-]*:/i.test(value)
      ? null
      : `https://${value}`;
  if (!withScheme) return null;
  try {
    return new URL(withScheme).protocol === 'https:' ? withScheme : null;
  } catch {
    return null;
  }
}
