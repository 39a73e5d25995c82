import { SaxesParser, type SaxesTagNS } from 'saxes';
import { Slicer } from '../slices';
import { DavError } from './dav-errors';

/** One `<response>` of a 207 Multi-Status answer (RFC 4918 §14.16, RFC 6578 §6.2). */
export interface DavItem {
  /** The href as the server wrote it (relative or absolute). */
  href: string;
  /** The response's own status where it has one (sync-collection's 404 for removed, 507). */
  status: number | null;
  /** Properties the server gave (in a 2xx propstat), by local name: their text, exactly. */
  props: Map<string, string>;
  /** Local names of the elements in DAV:resourcetype ("collection", "addressbook"). */
  resourceTypes: string[];
  /** The DAV:href values inside a property (calendar-user-address-set), by its local name. */
  hrefs: Map<string, string[]>;
}

export interface Multistatus {
  items: DavItem[];
  /** The multistatus's DAV:sync-token (sync-collection), or null. */
  syncToken: string | null;
}

const DAV = 'DAV:';
/** Text fed to the parser per step; a slice of several steps runs before the loop turns. */
const CHUNK = 16_384;

/**
 * Reads a Multi-Status answer a slice at a time. tsdav reads XML with xml-js in one synchronous
 * call: a 5,000-card listing (1.2 MB) held the core's event loop for 118–233 ms, and a multiget
 * of cards with photos would hold it longer. This streams the text through a SAX parser (saxes,
 * namespace-aware, no entity expansion beyond XML's own) and lets the loop turn every 8 ms. Item
 * data (address-data, calendar-data) is kept exactly as sent, line ends included.
 */
export async function readMultistatus(xml: string, slicer = new Slicer()): Promise<Multistatus> {
  const parser = new SaxesParser({ xmlns: true });
  const items: DavItem[] = [];
  let syncToken: string | null = null;
  // Where the parser is: multistatus (1) > response (2) > href, status, propstat (3) > prop,
  // status (4) > a property (5) > its children (6).
  const path: SaxesTagNS[] = [];
  let item: DavItem | null = null;
  let propstat: {
    status: number | null;
    props: Map<string, string>;
    types: string[];
    hrefs: Map<string, string[]>;
  } | null = null;
  // The text of a DAV:href inside a property, while one is open.
  let inner: string | null = null;
  // The depth of the element whose text is being kept (a property, href, status, sync-token).
  let keeping: number | null = null;
  let text = '';
  const isDav = (tag: SaxesTagNS, local: string) => tag.uri === DAV && tag.local === local;

  parser.on('opentag', (tag) => {
    path.push(tag);
    const depth = path.length;
    const parent = path.at(-2);
    if (depth === 1 && !isDav(tag, 'multistatus')) throw new Error('not a DAV:multistatus');
    if (depth === 2 && isDav(tag, 'response')) {
      item = { href: '', status: null, props: new Map(), resourceTypes: [], hrefs: new Map() };
    } else if (depth === 3 && item && isDav(tag, 'propstat')) {
      propstat = { status: null, props: new Map(), types: [], hrefs: new Map() };
    } else if (depth === 6 && propstat && parent && isDav(parent, 'resourcetype')) {
      propstat.types.push(tag.local);
    } else if (depth === 6 && propstat && isDav(tag, 'href')) {
      inner = '';
    }
    if (keeping !== null) return;
    const leaf =
      (depth === 5 && propstat !== null) ||
      (depth === 3 && item !== null && (isDav(tag, 'href') || isDav(tag, 'status'))) ||
      (depth === 4 && propstat !== null && isDav(tag, 'status')) ||
      (depth === 2 && isDav(tag, 'sync-token'));
    if (leaf) {
      keeping = depth;
      text = '';
    }
  });
  const onText = (t: string) => {
    if (keeping !== null) text += t;
    if (inner !== null) inner += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const depth = path.length;
    path.pop();
    if (depth === 6 && inner !== null && propstat && isDav(tag, 'href')) {
      const property = path.at(-1)!.local;
      propstat.hrefs.set(property, [...(propstat.hrefs.get(property) ?? []), inner.trim()]);
      inner = null;
    }
    if (keeping === depth) {
      keeping = null;
      if (depth === 5 && propstat) propstat.props.set(tag.local, text);
      else if (depth === 3 && item && isDav(tag, 'href')) item.href ||= text.trim();
      else if (depth === 3 && item && isDav(tag, 'status')) item.status = statusCode(text);
      else if (depth === 4 && propstat) propstat.status = statusCode(text);
      else if (depth === 2) syncToken = text.trim();
      return;
    }
    if (depth === 3 && item && propstat && isDav(tag, 'propstat')) {
      const status = propstat.status;
      if (status !== null && status >= 200 && status < 300) {
        for (const [name, value] of propstat.props) item.props.set(name, value);
        for (const [name, hrefs] of propstat.hrefs) item.hrefs.set(name, hrefs);
        item.resourceTypes.push(...propstat.types);
      }
      propstat = null;
    } else if (depth === 2 && item && isDav(tag, 'response')) {
      items.push(item);
      item = null;
    }
  });

  try {
    for (let at = 0; at < xml.length; at += CHUNK) {
      parser.write(xml.slice(at, at + CHUNK));
      await slicer.breathe();
    }
    parser.close();
  } catch (error) {
    throw new DavError(
      'server',
      `The server's answer could not be read (${(error as Error).message.split('\n')[0]}).`,
    );
  }
  return { items, syncToken };
}

/** "HTTP/1.1 404 Not Found" → 404. */
function statusCode(line: string): number | null {
  const match = /^\s*HTTP\/[\d.]+\s+(\d{3})/.exec(line);
  return match ? Number(match[1]) : null;
}
