/**
 * A profile link in one canonical form, so `http://www.linkedin.com/in/Jane-Doe/?trk=x` and
 * `linkedin.com/in/jane-doe` are the same person: https, no www, no query or fragment, no
 * trailing slash, lower case (LinkedIn's public ids are case-insensitive). Null if not a link.
 */
export function normaliseProfileUrl(input: string): string | null {
  const value = input.trim();
  if (value === '') return null;
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
  let path = decodeSafely(url.pathname).replace(/\/+$/, '');
  if (host === 'linkedin.com') path = path.toLowerCase();
  return `https://${host}${path}`;
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
