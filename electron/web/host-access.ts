/**
 * Who may use the browser host: the pure part of its door. A per-run secret (the token) is printed
 * with the address at start; the page trades it for an HttpOnly SameSite=Strict cookie, programs
 * (tests, the torture suite) send it as `Authorization: Bearer TOKEN`. Other local users and
 * programs can reach 127.0.0.1 too, so the Origin header alone (which any program can forge) is not
 * enough; the Host and Origin checks stay for what the token cannot stop: DNS rebinding and pages
 * of other sites riding on the cookie.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'netwell-session';

/** 32 random bytes, base64url: safe in a URL, a cookie and a header as it is. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The `name=value` pairs of a Cookie header (the first of a repeated name wins, as browsers send the most specific first). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
      value = value.slice(1, -1);
    if (name && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/** Constant-time: both sides are hashed first, so even a wrong length takes the same time. */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (presented === undefined || token.length === 0) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(token));
}

export interface RequestFacts {
  method: string;
  /** The raw request target, e.g. "/?token=…" or "/assets/app.js". */
  url: string;
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
  authorization: string | undefined;
}

/** The token a request carries: the bearer header, else the session cookie. */
export function presentedToken(
  facts: Partial<Pick<RequestFacts, 'cookie' | 'authorization'>>,
): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(facts.authorization ?? '');
  if (bearer) return bearer[1];
  return parseCookies(facts.cookie).get(SESSION_COOKIE);
}

/** The Host values this host answers to: only its own loopback addresses (defeats DNS rebinding). */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isOwnHost(host: string | undefined, port: number): boolean {
  return host !== undefined && ownHosts(port).includes(host.toLowerCase());
}

export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && ownHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

export type HttpDecision =
  /** Serve the request (static file or test control). */
  | { kind: 'allow' }
  /** A valid `/?token=`: set the cookie and redirect to `/`, so the key leaves the address bar. */
  | { kind: 'sign-in' }
  /** The bare page without a session: a short page saying which address to open. */
  | { kind: 'welcome'; wrongKey: boolean }
  | { kind: 'refuse'; status: 401 | 403; text: string };

const BARE_PAGES = new Set(['/', '/index.html']);

export const NEEDS_KEY =
  'Open the address printed when the Netwell web host started: it carries a key (…/?token=…).';

function parseTarget(url: string): URL | null {
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  try {
    return new URL(url, 'http://host');
  } catch {
    return null;
  }
}

/** What to do with one HTTP request, from its method, target and headers only. */
export function decideHttpAccess(facts: RequestFacts, token: string, port: number): HttpDecision {
  if (!isOwnHost(facts.host, port)) {
    return { kind: 'refuse', status: 403, text: 'This host name is not served here.' };
  }
  // Browsers send Origin on cross-origin requests and on every POST; a same-site page on another
  // local port gets the SameSite cookie, so its requests are refused here.
  if (facts.origin !== undefined && !isOwnOrigin(facts.origin, port)) {
    return { kind: 'refuse', status: 403, text: 'Requests from other sites are refused.' };
  }
  const target = parseTarget(facts.url);
  const bare =
    target !== null && BARE_PAGES.has(target.pathname) && /^(GET|HEAD)$/.test(facts.method);
  const offered = target?.searchParams.get('token') ?? null;
  if (bare && offered !== null) {
    return tokenMatches(offered, token) ? { kind: 'sign-in' } : { kind: 'welcome', wrongKey: true };
  }
  const presented = presentedToken(facts);
  if (tokenMatches(presented, token)) return { kind: 'allow' };
  // A cookie from an earlier start: say the key has changed, not just that one is needed.
  if (bare) return { kind: 'welcome', wrongKey: presented !== undefined };
  return { kind: 'refuse', status: 401, text: NEEDS_KEY };
}

export type SocketDecision = { ok: true } | { ok: false; status: 401 | 403; text: string };

/** The WebSocket at /api: our own page (Host and Origin) AND the token. */
export function decideSocketAccess(
  facts: Omit<RequestFacts, 'method' | 'url'>,
  token: string,
  port: number,
): SocketDecision {
  if (!isOwnHost(facts.host, port) || !isOwnOrigin(facts.origin, port)) {
    return { ok: false, status: 403, text: 'Only pages of this host may connect.' };
  }
  if (!tokenMatches(presentedToken(facts), token)) {
    return { ok: false, status: 401, text: NEEDS_KEY };
  }
  return { ok: true };
}

/** The Set-Cookie value of a session: only for this host's pages, never to scripts or other sites. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** Reads the facts from Node's request headers. */
export function requestFacts(req: {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}): RequestFacts {
  const one = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    host: one('host'),
    origin: one('origin'),
    cookie: one('cookie'),
    authorization: one('authorization'),
  };
}
