/**
 * What the user typed as a server ("nextcloud.example.org", "https://dav.fastmail.com/dav/") as
 * the URL sync starts from: https by default, plain http only for this machine (a local server,
 * the tests' Radicale), since the password travels with every request.
 */
export type ServerUrlCheck = { ok: true; url: string } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkServerUrl(typed: string): ServerUrlCheck {
  const text = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: 'This is not a server address (for example dav.example.org).' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Give the user name and password in their own fields.' };
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === 'http:' && !local) {
    return {
      ok: false,
      message: 'Netwell only connects with https (your password would travel unencrypted).',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'A server address starts with https://.' };
  }
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.href };
}

/** A collection or item URL from the server is followed only on the account's own origin. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
