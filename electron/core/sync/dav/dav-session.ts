import tsdav, {
  addressBookMultiGet,
  calendarMultiGet,
  createAccount,
  createObject,
  davRequest,
  deleteObject,
  fetchAddressBooks,
  fetchCalendars,
  makeCalendar,
  propfind,
  syncCollection,
  updateObject,
  type DAVAccount,
  type DAVResponse,
} from 'tsdav';
import type { Collection } from '../../../shared/sync';
import { DavError, networkFailure, statusFailure } from './dav-errors';
import { sameOrigin } from './server-url';

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
      console.error('fetch', init?.method, url, String(init?.body ?? '').length);
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
    let current = token;
    for (let page = 0; page < 1000; page++) {
      let responses: DAVResponse[];
      try {
        responses = await syncCollection({
          url,
          props: { 'd:getetag': {} },
          syncLevel: 1,
          syncToken: current,
          headers: this.headers,
          fetch: this.fetch,
        });
      } catch (error) {
        if (error instanceof DavError) throw error;
        return null;
      }
      const whole = responses[0];
      if (!whole) return null;
      // The token refused (403/409 valid-sync-token), or no sync-collection at all.
      if (!whole.href && !whole.ok && !hasMultistatus(whole)) return null;
      if (whole.href && !whole.ok && responses.length === 1 && !hasMultistatus(whole)) return null;
      let truncated = false;
      for (const r of responses) {
        if (!r.href) continue;
        const href = new URL(r.href, url).href;
        if (r.status === 507 || href === new URL(url).href) {
          truncated ||= r.status === 507;
          continue;
        }
        if (r.status === 404) {
          removed.add(href);
          changed.delete(href);
        } else if (r.ok) {
          const etag = text(r.props?.getetag);
          if (etag !== null) {
            changed.set(href, etag);
            removed.delete(href);
          }
        }
      }
      const next = text(multistatusOf(whole)?.syncToken);
      if (next === null) return null;
      current = next;
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
    const responses = await propfind({
      url,
      props: { 'd:getetag': {}, 'cs:getctag': {}, 'd:resourcetype': {} },
      depth: '1',
      headers: this.headers,
      fetch: this.fetch,
    });
    const failed = responses.find((r) => !r.ok && !r.href?.length);
    if (failed) throw statusFailure(failed.status, 'the collection listing');
    const self = new URL(url).href;
    let ctag: string | null = null;
    const changed: ListedItem[] = [];
    for (const r of responses) {
      if (!r.href || !r.ok) continue;
      const href = new URL(r.href, url).href;
      if (href === self) {
        ctag = text(r.props?.getctag);
        continue;
      }
      const etag = text(r.props?.getetag);
      if (etag !== null) changed.push({ href, etag });
    }
    return { changed, removed: null, token: null, ctag };
  }

  /** The items' data, by multiget in batches. Items the server no longer has are left out. */
  async fetchItems(url: string, kind: CollectionKind, hrefs: string[]): Promise<FetchedItem[]> {
    const out: FetchedItem[] = [];
    for (let i = 0; i < hrefs.length; i += MULTIGET_BATCH) {
      const batch = hrefs.slice(i, i + MULTIGET_BATCH).map((h) => new URL(h).pathname);
      const params = {
        url,
        objectUrls: batch,
        depth: '1' as const,
        headers: this.headers,
        fetch: this.fetch,
      };
      const responses =
        kind === 'contacts'
          ? await addressBookMultiGet({
              ...params,
              props: { 'd:getetag': {}, 'card:address-data': {} },
            })
          : await calendarMultiGet({
              ...params,
              props: { 'd:getetag': {}, 'c:calendar-data': {} },
            });
      for (const r of responses) {
        if (!r.href) {
          if (!r.ok) throw statusFailure(r.status, 'fetching changed items');
          continue;
        }
        if (!r.ok) continue;
        const data = text(kind === 'contacts' ? r.props?.addressData : r.props?.calendarData);
        const etag = text(r.props?.getetag);
        if (data === null || etag === null) continue;
        out.push({ href: new URL(r.href, url).href, etag, data: withLastLineEnd(data) });
      }
    }
    return out;
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
    const [self] = await propfind({
      url,
      props: { 'd:getetag': {}, 'd:displayname': {} },
      depth: '0',
      headers: this.headers,
      fetch: this.fetch,
    });
    const etag = text(self?.props?.getetag);
    const name = text(self?.props?.displayname);
    if (!self?.ok || etag === null) return false;
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

/** tsdav trims XML text, so a card loses its last line end: put back the one the card uses. */
function withLastLineEnd(data: string): string {
  if (data.endsWith('\n')) return data;
  return data + (data.includes('\r\n') ? '\r\n' : '\n');
}

function hasMultistatus(r: DAVResponse): boolean {
  return multistatusOf(r) !== null;
}

function multistatusOf(r: DAVResponse): { syncToken?: unknown } | null {
  const raw: unknown = r.raw;
  if (raw && typeof raw === 'object' && 'multistatus' in raw) {
    const ms = (raw as { multistatus: unknown }).multistatus;
    return ms && typeof ms === 'object' ? (ms as { syncToken?: unknown }) : {};
  }
  return null;
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
