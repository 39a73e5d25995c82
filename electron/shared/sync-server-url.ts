/**
 * What the user typed as a server ("nextcloud.example.org", "https://dav.fastmail.com/dav/") as
 * the URL sync starts from: https by default, plain http only for this machine (a local server,
 * the tests' Radicale), since the password travels with every request. One rule for the form
 * (Settings → Sync says what to fix as the user types) and the core (which decides).
 */
export type ServerUrlCheck = { ok: true; url: string } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkServerUrl(typed: string): ServerUrlCheck {
  const text = typed.trim();
  const refuse = (message: string): ServerUrlCheck => ({ ok: false, message });
  if (!text) return refuse('Give the server address.');
  if (/\s/.test(text)) return refuse('A server address has no spaces.');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'https' && scheme !== 'http') {
    return refuse('Give an https:// address, or just the domain.');
  }
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text}`);
  } catch {
    return refuse('This is not a web address: try the domain, like nextcloud.example.org.');
  }
  if (url.username || url.password) {
    return refuse('Give the user name and password in their own fields.');
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return refuse(
      'Use https://: Netwell sends your password only over an encrypted connection (http only for this computer).',
    );
  }
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.href };
}
