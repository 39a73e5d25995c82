import tsdav, {
  createAccount,
  createObject,
  davRequest,
  deleteObject,
  fetchAddressBooks,
  fetchCalendars,
  makeCalendar,
  propfind,
  updateObject,
  type DAVAccount,
} from 'tsdav';
import type { Collection } from '../../../shared/sync';
import { DavError, networkFailure, statusFailure } from './dav-errors';
import { readMultistatus, type Multistatus } from './multistatus';
import { sameOrigin } from './server-url';
import { Slicer } from '../slices';

export type CollectionKind = 'contacts' | 'calendar';

export interface DavCredentials {
  serverUrl: string;
  username: string;
  password: string;
}

/** One item as the server listed it: its address and its ETag exactly as sent. */
export interface ListedItem {
  href: string;
  etag: string;
}

export interface Changes {
  changed: ListedItem[];
  /** Items the server no longer has. Null: a full listing, so missing items are the removed. */
  removed: string[] | null;
  /** The sync token to ask with next time (sync-collection), or null. */
  token: string | null;
  /** The collection's ctag, where the server has one. */
  ctag: string | null;
}

export interface FetchedItem extends ListedItem {
  data: string;
}

/** Items asked for in one multiget: servers and proxies cap the size of a request. */
const MULTIGET_BATCH = 200;
/** A request that has not answered after this long counts as the server being away. */
const REQUEST_TIMEOUT_MS = 30_000;

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const v = value as { _cdata?: unknown; _text?: unknown };
    if (typeof v._cdata === 'string') return v._cdata;
    if (typeof v._text === 'string' || typeof v._text === 'number') return String(v._text);
  }
  return null;
};

/**
 * The account's server, through tsdav: discovery, listings, multiget, conditional writes. Every
 * request carries basic auth, times out after 30 s, and fails as a DavError the user can act on.
 * tsdav does the XML; this class adds what it leaves to its callers (sync-collection's 507
 * paging, a full listing when a token is refused, conditional headers, ETags as sent).
 */
export class DavSession {
  private readonly headers: Record<string, string>;
  private readonly fetch: typeof fetch;

  constructor(
    private readonly credentials: DavCredentials,
    fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    const token = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    this.headers = { authorization: `Basic ${token}` };
    this.fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      // Redirects are followed only on the account's own origin: the password goes with them.
      if (!sameOrigin(url, this.credentials.serverUrl) && !url.includes('/.well-known/')) {
        throw new DavError(
          'server',
          `The server sent Netwell to another site (${new URL(url).host}).`,
        );
      }
      let response: Response;
      try {
        response = await fetchImpl(input, {
          ...init,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        throw networkFailure(error, url);
      }
      if (response.status === 401) throw statusFailure(401, 'the sign-in');
      return response;
    };
  }

  /** The server address sessions start from (checked: https, or http on this machine). */
  get serverUrl(): string {
    return this.credentials.serverUrl;
  }

  /** Signs in and finds the account's home sets (through /.well-known where there is one). */
  async account(kind: CollectionKind): Promise<DAVAccount> {
    try {
      return await createAccount({
        account: {
          serverUrl: this.credentials.serverUrl,
          accountType: kind === 'contacts' ? 'carddav' : 'caldav',
        },
        headers: this.headers,
        fetch: this.fetch,
      });
    } catch (error) {
      if (error instanceof DavError) throw error;
      throw new DavError(
        'not-dav',
        kind === 'contacts'
          ? 'This server does not offer address books (CardDAV). Check the address, or give the full CardDAV URL your provider lists.'
          : 'This server does not offer calendars (CalDAV).',
      );
    }
  }

  async addressBooks(account: DAVAccount): Promise<Collection[]> {
    const books = await fetchAddressBooks({ account, headers: this.headers, fetch: this.fetch });
    return books.map((b) => ({ url: b.url, name: text(b.displayName) || lastSegment(b.url) }));
  }

  async calendars(account: DAVAccount): Promise<Collection[]> {
    const calendars = await fetchCalendars({ account, headers: this.headers, fetch: this.fetch });
    return calendars
      .filter((c) => !c.components || c.components.includes('VEVENT'))
      .map((c) => ({ url: c.url, name: text(c.displayName) || lastSegment(c.url) }));
  }

  /**
   * Who the user is to the calendar server: the first mailto: address of the principal's
   * calendar-user-address-set (RFC 6638 §2.4.1) and its display name; null where it gives none.
   */
  async calendarUser(account: DAVAccount): Promise<{ email: string; name: string } | null> {
    if (!account.principalUrl) return null;
    const answer = await this.multistatus(
      account.principalUrl,
      'PROPFIND',
      '0',
      propfindBody('<c:calendar-user-address-set/><d:displayname/>'),
    );
    const self = answer?.items[0];
    // Some servers percent-encode the whole href (Xandikos: "mailto%3Aana%40example.org").
    const addresses = (self?.hrefs.get('calendar-user-address-set') ?? []).map(decoded);
    const mailto = addresses.find((h) => /^mailto:/i.test(h));
    if (!mailto) return null;
    const email = mailto.slice('mailto:'.length).trim();
    // A display name that is only the principal's path ("user") names no one.
    const name = self?.props.get('displayname')?.trim() ?? '';
    const named = name && name !== lastSegment(account.principalUrl) ? name : '';
    return email.includes('@') ? { email, name: named } : null;
  }

  /** Whether the address book takes vCard 4.0 (supported-address-data lists it). */
  async offersVCard4(url: string): Promise<boolean> {
    const [response] = await propfind({
      url,
      props: { 'card:supported-address-data': {} },
      depth: '0',
      headers: this.headers,
      fetch: this.fetch,
    });
    return JSON.stringify(response?.props?.supportedAddressData ?? '').includes('4.0');
  }

  /** A new address book or calendar under the account's home set. */
  async createCollection(account: DAVAccount, kind: CollectionKind, name: string) {
    const home = account.homeUrl;
    if (!home) throw new DavError('not-dav', 'The server did not say where new collections go.');
    const url = new URL(`${slug(name)}-${globalThis.crypto.randomUUID().slice(0, 8)}/`, home).href;
    const responses =
      kind === 'calendar'
        ? await makeCalendar({
            url,
            props: {
              'd:displayname': name,
              'c:supported-calendar-component-set': {
                'c:comp': { _attributes: { name: 'VEVENT' } },
              },
            },
            headers: this.headers,
            fetch: this.fetch,
          })
        : await tsdav.makeCollection({
            url,
            props: {
              'd:resourcetype': { 'd:collection': {}, 'card:addressbook': {} },
              'd:displayname': name,
            },
            headers: this.headers,
            fetch: this.fetch,
          });
    const failed = responses.find((r) => !r.ok);
    if (failed)
      throw statusFailure(
        failed.status,
        `making the ${kind === 'calendar' ? 'calendar' : 'address book'} "${name}"`,
      );
    return { url, name };
  }

  /**
   * A tag that changes whenever anything in the collection does: its CTag, else its sync token,
   * else its ETag (null if the server gives none). A sync with nothing to do asks only this
   * (Radicale answers a CTag in ~280 ms at 5,000 cards, a sync-collection in ~440 ms).
   */
  async collectionTag(url: string): Promise<string | null> {
    // One property per request: Radicale works each out over every item (~280 ms at 5,000).
    for (const [prop, name] of [
      ['<cs:getctag/>', 'getctag'],
      ['<d:sync-token/>', 'sync-token'],
      ['<d:getetag/>', 'getetag'],
    ] as const) {
      const answer = await this.multistatus(url, 'PROPFIND', '0', propfindBody(prop));
      const self = answer?.items.find((i) => sameHref(i.href, url)) ?? answer?.items[0];
      const value = self?.props.get(name);
      if (value !== undefined && value !== '') return value;
    }
    return null;
  }

  /**
   * What changed since `token`: sync-collection (RFC 6578), following 507 pages; a refused or
   * missing token, or a server without sync-collection, gets the full listing by PROPFIND.
   */
  async changes(url: string, token: string | null): Promise<Changes> {
    if (token !== null) {
      const incremental = await this.syncCollection(url, token);
      if (incremental) return incremental;
    }
    const first = await this.syncCollection(url, '');
    if (first) return { ...first, removed: null };
    return this.listing(url);
  }

  private async syncCollection(url: string, token: string): Promise<Changes | null> {
    const changed = new Map<string, string>();
    const removed = new Set<string>();
    const self = pathOf(new URL(url));
    let current = token;
    for (let page = 0; page < 1000; page++) {
      const body =
        '<?xml version="1.0" encoding="utf-8"?>' +
        '<d:sync-collection xmlns:d="DAV:">' +
        `<d:sync-token>${escapeXml(current)}</d:sync-token><d:sync-level>1</d:sync-level>` +
        '<d:prop><d:getetag/></d:prop></d:sync-collection>';
      // Not a multistatus: the token refused (403/409 valid-sync-token), or no sync-collection.
      const answer = await this.multistatus(url, 'REPORT', '0', body);
      if (!answer || answer.syncToken === null) return null;
      let truncated = false;
      const slicer = new Slicer();
      for (const r of answer.items) {
        await slicer.breathe();
        if (!r.href) continue;
        const href = new URL(r.href, url);
        if (r.status === 507 || pathOf(href) === self) {
          truncated ||= r.status === 507;
          continue;
        }
        if (r.status === 404) {
          removed.add(href.href);
          changed.delete(href.href);
          continue;
        }
        const etag = r.props.get('getetag');
        if (etag !== undefined && etag !== '') {
          changed.set(href.href, etag);
          removed.delete(href.href);
        }
      }
      current = answer.syncToken;
      if (!truncated) break;
    }
    return {
      changed: [...changed].map(([href, etag]) => ({ href, etag })),
      removed: [...removed],
      token: current,
      ctag: null,
    };
  }

  /** Every item with its ETag, by PROPFIND depth 1. */
  async listing(url: string): Promise<Changes> {
    const answer = await this.multistatus(
      url,
      'PROPFIND',
      '1',
      propfindBody('<d:getetag/><cs:getctag/><d:resourcetype/>'),
      'the collection listing',
    );
    let ctag: string | null = null;
    const changed: ListedItem[] = [];
    const self = pathOf(new URL(url));
    const slicer = new Slicer();
    for (const r of answer!.items) {
      await slicer.breathe();
      if (!r.href) continue;
      const parsed = new URL(r.href, url);
      const href = parsed.href;
      if (pathOf(parsed) === self) {
        ctag = r.props.get('getctag') || null;
        continue;
      }
      if (r.resourceTypes.includes('collection')) continue;
      const etag = r.props.get('getetag');
      if (etag !== undefined && etag !== '') changed.push({ href, etag });
    }
    return { changed, removed: null, token: null, ctag };
  }

  /** The items' data, by multiget in batches. Items the server no longer has are left out. */
  async fetchItems(url: string, kind: CollectionKind, hrefs: string[]): Promise<FetchedItem[]> {
    const out: FetchedItem[] = [];
    const [report, ns, data] =
      kind === 'contacts'
        ? ['addressbook-multiget', 'urn:ietf:params:xml:ns:carddav', 'address-data']
        : ['calendar-multiget', 'urn:ietf:params:xml:ns:caldav', 'calendar-data'];
    for (let i = 0; i < hrefs.length; i += MULTIGET_BATCH) {
      const batch = hrefs.slice(i, i + MULTIGET_BATCH);
      const body =
        '<?xml version="1.0" encoding="utf-8"?>' +
        `<x:${report} xmlns:d="DAV:" xmlns:x="${ns}">` +
        `<d:prop><d:getetag/><x:${data}/></d:prop>` +
        batch.map((h) => `<d:href>${escapeXml(new URL(h).pathname)}</d:href>`).join('') +
        `</x:${report}>`;
      const answer = await this.multistatus(url, 'REPORT', '1', body, 'fetching changed items');
      for (const r of answer!.items) {
        if (!r.href || (r.status !== null && (r.status < 200 || r.status > 299))) continue;
        const text = r.props.get(data);
        const etag = r.props.get('getetag');
        if (!text || !etag) continue;
        out.push({ href: new URL(r.href, url).href, etag, data: asItemText(text) });
      }
    }
    return out;
  }

  /**
   * A PROPFIND or REPORT whose answer is read a slice at a time (readMultistatus). Answers null
   * for an answer that is not a 207 Multi-Status, or throws if `what` names the request.
   */
  private async multistatus(
    url: string,
    method: 'PROPFIND' | 'REPORT',
    depth: '0' | '1',
    body: string,
    what?: string,
  ): Promise<Multistatus | null> {
    const response = await this.fetch(url, {
      method,
      headers: { ...this.headers, depth, 'content-type': 'application/xml; charset=utf-8' },
      body,
    });
    if (response.status !== 207) {
      await drain(response);
      if (what) throw statusFailure(response.status, what);
      return null;
    }
    let xml: string;
    try {
      xml = await response.text();
    } catch (error) {
      throw networkFailure(error, url);
    }
    return readMultistatus(xml);
  }

  /**
   * Writes an item: a new one only if nothing is at `href` (If-None-Match: *), a known one only
   * if it is still at `etag` (If-Match). Answers the new ETag when the server gives it.
   */
  async put(href: string, data: string, kind: CollectionKind, etag: string | null) {
    const headers = {
      ...this.headers,
      'content-type':
        kind === 'contacts' ? 'text/vcard; charset=utf-8' : 'text/calendar; charset=utf-8',
    };
    const response =
      etag === null
        ? await createObject({
            url: href,
            data,
            headers: { ...headers, 'if-none-match': '*' },
            fetch: this.fetch,
          })
        : await updateObject({ url: href, data, etag, headers, fetch: this.fetch });
    await drain(response);
    if (!response.ok) throw statusFailure(response.status, `saving ${lastSegment(href)}`);
    return { etag: response.headers.get('etag') };
  }

  /**
   * Fills an empty collection with many items in one request: Radicale takes a PUT of a whole
   * address book (not a DAV standard; Radicale 3 checks every card for a duplicate UID on each
   * single create, so 5,000 creates take minutes). Only for a collection Netwell has just made,
   * and only if it still has the ETag it had empty (If-Match), so nothing anyone else wrote can be
   * replaced. Answers false where the server does not do this; the caller then writes one by one.
   */
  async fillNewCollection(url: string, body: string): Promise<boolean> {
    const answer = await this.multistatus(
      url,
      'PROPFIND',
      '0',
      propfindBody('<d:getetag/><d:displayname/>'),
    );
    const self = answer?.items.find((i) => sameHref(i.href, url)) ?? answer?.items[0];
    const etag = self?.props.get('getetag');
    const name = self?.props.get('displayname');
    if (!etag) return false;
    const response = await this.fetch(url, {
      method: 'PUT',
      headers: { ...this.headers, 'content-type': 'text/vcard; charset=utf-8', 'if-match': etag },
      body,
    });
    await drain(response);
    if (!response.ok) return false;
    // Radicale replaces the collection's properties with the upload's: give the name back.
    if (name) {
      await davRequest({
        url,
        init: {
          method: 'PROPPATCH',
          namespace: 'd',
          headers: this.headers,
          body: {
            propertyupdate: {
              _attributes: { 'xmlns:d': 'DAV:' },
              set: { prop: { displayname: name } },
            },
          },
        },
        fetch: this.fetch,
      });
    }
    return true;
  }

  /** Deletes an item only if it is still at `etag`. One already gone counts as deleted. */
  async remove(href: string, etag: string) {
    const response = await deleteObject({
      url: href,
      etag,
      headers: this.headers,
      fetch: this.fetch,
    });
    await drain(response);
    if (!response.ok && response.status !== 404)
      throw statusFailure(response.status, `deleting ${lastSegment(href)}`);
  }
}

/**
 * An item's text from a multiget. XML turns every CRLF into LF (XML 1.0 §2.11), and vCard and
 * iCalendar lines end in CRLF (RFC 6350 §3.2, RFC 5545 §3.1): they are put back, so an item
 * written back keeps the line ends it has on the server. Servers may indent the text in the XML;
 * an item never starts or ends with blanks.
 */
function asItemText(data: string): string {
  return data.trim().replace(/\r?\n/g, '\r\n') + '\r\n';
}

function propfindBody(props: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"' +
    ' xmlns:c="urn:ietf:params:xml:ns:caldav">' +
    `<d:prop>${props}</d:prop></d:propfind>`
  );
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Whether an href (relative or absolute) names the collection at `url`. */
function sameHref(href: string, url: string): boolean {
  return pathOf(new URL(href, url)) === pathOf(new URL(url));
}

/** A URL's path as a name: percent-decoded (where it decodes), without a trailing slash. */
function pathOf(url: URL): string {
  return decoded(url.pathname).replace(/\/$/, '');
}

/** A percent-encoded text decoded, or as it is where it does not decode. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function lastSegment(url: string): string {
  const parts = new URL(url, 'http://x/').pathname.split('/').filter(Boolean);
  return decodeURIComponent(parts.at(-1) ?? url);
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'netwell'
  );
}

/**
 * Reads an answer's body to its end: a body left unread can crash Node's fetch when the server
 * then closes the socket (an uncatchable assertion, nodejs/undici#5360, in Node 24.21's undici).
 */
async function drain(response: Response): Promise<void> {
  await response.arrayBuffer().catch(() => undefined);
}
