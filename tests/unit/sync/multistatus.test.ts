import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DavError } from '../../../electron/core/sync/dav/dav-errors';
import { readMultistatus } from '../../../electron/core/sync/dav/multistatus';
import { Slicer } from '../../../electron/core/sync/slices';

// Answers in the shapes real servers write them: the prefixes, default namespaces, CDATA and
// status placement differ, the meaning does not.

/** Radicale 3 (Python's ElementTree): a prefix per namespace, one propstat per status. */
const radicaleListing = `<?xml version='1.0' encoding='utf-8'?>
<multistatus xmlns="DAV:" xmlns:CS="http://calendarserver.org/ns/"><response><href>/ana/book/</href><propstat><prop><resourcetype><collection /><CR:addressbook xmlns:CR="urn:ietf:params:xml:ns:carddav" /></resourcetype><CS:getctag>"ctag-1"</CS:getctag></prop><status>HTTP/1.1 200 OK</status></propstat><propstat><prop><getetag /></prop><status>HTTP/1.1 404 Not Found</status></propstat></response><response><href>/ana/book/a.vcf</href><propstat><prop><getetag>"etag-a"</getetag><resourcetype /></prop><status>HTTP/1.1 200 OK</status></propstat><propstat><prop><CS:getctag /></prop><status>HTTP/1.1 404 Not Found</status></propstat></response></multistatus>`;

/** SabreDAV (Nextcloud, Baïkal): d:, card: prefixes; sync-collection with a removed item. */
const sabreSync = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:card="urn:ietf:params:xml:ns:carddav">
 <d:response>
  <d:href>/remote.php/dav/addressbooks/users/ana/contacts/b.vcf</d:href>
  <d:propstat>
   <d:prop>
    <d:getetag>&quot;5b1c&quot;</d:getetag>
   </d:prop>
   <d:status>HTTP/1.1 200 OK</d:status>
  </d:propstat>
 </d:response>
 <d:response>
  <d:href>/remote.php/dav/addressbooks/users/ana/contacts/gone.vcf</d:href>
  <d:status>HTTP/1.1 404 Not Found</d:status>
 </d:response>
 <d:sync-token>http://sabre.io/ns/sync/42</d:sync-token>
</d:multistatus>`;

/** iCloud: a default DAV: namespace, the card in CDATA under a namespace of its own. */
const icloudMultiget = `<?xml version="1.0" encoding="UTF-8"?>
<multistatus xmlns="DAV:"><response><href>/1234/carddavhome/card/c.vcf</href><propstat><prop><getetag>"C=1@U=x"</getetag><address-data xmlns="urn:ietf:params:xml:ns:carddav"><![CDATA[BEGIN:VCARD\r
VERSION:3.0\r
FN:Zoë & Co <Ltd>\r
UID:c\r
END:VCARD\r
]]></address-data></prop><status>HTTP/1.1 200 OK</status></propstat></response><response><href>/1234/carddavhome/card/missing.vcf</href><status>HTTP/1.1 404 Not Found</status></response></multistatus>`;

/** Google: D: prefix, a 507 on the collection itself when the answer is cut short. */
const googleTruncated = `<?xml version="1.0" encoding="UTF-8"?>
<D:multistatus xmlns:D="DAV:"><D:response><D:href>/carddav/v1/principals/ana/lists/default/x.vcf</D:href><D:propstat><D:status>HTTP/1.1 200 OK</D:status><D:prop><D:getetag>"1"</D:getetag></D:prop></D:propstat></D:response><D:response><D:href>/carddav/v1/principals/ana/lists/default/</D:href><D:status>HTTP/1.1 507 Insufficient Storage</D:status></D:response><D:sync-token>https://www.googleapis.com/carddav/v1/synctoken/0A</D:sync-token></D:multistatus>`;

describe('reading a Multi-Status answer', () => {
  it('reads a PROPFIND listing: properties by status, resource types, quotes kept', async () => {
    const { items, syncToken } = await readMultistatus(radicaleListing);
    expect(syncToken).toBeNull();
    expect(items).toHaveLength(2);
    expect(items[0]!.href).toBe('/ana/book/');
    expect(items[0]!.resourceTypes).toEqual(['collection', 'addressbook']);
    expect(items[0]!.props.get('getctag')).toBe('"ctag-1"');
    // A property the server answered 404 for is not there at all.
    expect(items[0]!.props.has('getetag')).toBe(false);
    expect(items[1]!.props.get('getetag')).toBe('"etag-a"');
    expect(items[1]!.props.has('getctag')).toBe(false);
    expect(items[1]!.resourceTypes).toEqual([]);
  });

  it('reads a sync-collection answer: changed and removed items, and the new token', async () => {
    const { items, syncToken } = await readMultistatus(sabreSync);
    expect(syncToken).toBe('http://sabre.io/ns/sync/42');
    expect(items.map((i) => [i.href, i.status, i.props.get('getetag') ?? null])).toEqual([
      ['/remote.php/dav/addressbooks/users/ana/contacts/b.vcf', null, '"5b1c"'],
      ['/remote.php/dav/addressbooks/users/ana/contacts/gone.vcf', 404, null],
    ]);
  });

  it('keeps item data exactly, from CDATA, with the characters XML escapes', async () => {
    const { items } = await readMultistatus(icloudMultiget);
    expect(items[0]!.props.get('address-data')).toBe(
      'BEGIN:VCARD\nVERSION:3.0\nFN:Zoë & Co <Ltd>\nUID:c\nEND:VCARD\n',
    );
    expect(items[1]!.status).toBe(404);
  });

  it('sees a truncated answer (507) and its token, whatever the prefix', async () => {
    const { items, syncToken } = await readMultistatus(googleTruncated);
    expect(items.map((i) => i.status)).toEqual([null, 507]);
    expect(items[0]!.props.get('getetag')).toBe('"1"');
    expect(syncToken).toBe('https://www.googleapis.com/carddav/v1/synctoken/0A');
  });

  it("reads the hrefs inside a property (a principal's calendar-user-address-set)", async () => {
    const principal = `<?xml version="1.0" encoding="utf-8"?>
<ns0:multistatus xmlns:ns0="DAV:" xmlns:ns1="urn:ietf:params:xml:ns:caldav"><ns0:response><ns0:href>/user/</ns0:href><ns0:propstat><ns0:status>HTTP/1.1 200 OK</ns0:status><ns0:prop><ns1:calendar-user-address-set><ns0:href>/user/</ns0:href><ns0:href>mailto:ana.lima@example.net</ns0:href></ns1:calendar-user-address-set><ns0:displayname>Ana Lima</ns0:displayname></ns0:prop></ns0:propstat></ns0:response></ns0:multistatus>`;
    const [user] = (await readMultistatus(principal)).items;
    expect(user!.hrefs.get('calendar-user-address-set')).toEqual([
      '/user/',
      'mailto:ana.lima@example.net',
    ]);
    expect(user!.props.get('displayname')).toBe('Ana Lima');
  });

  it('refuses what is not a Multi-Status, and broken XML, with a message to act on', async () => {
    await expect(readMultistatus('<html><body>Sign in</body></html>')).rejects.toThrow(DavError);
    await expect(readMultistatus('<d:multistatus xmlns:d="DAV:"><d:response>')).rejects.toThrow(
      /could not be read/,
    );
    await expect(readMultistatus('')).rejects.toThrow(DavError);
    // No entity of the document's own is expanded (no "billion laughs", no external files).
    const entities = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">]><d:multistatus xmlns:d="DAV:"><d:response><d:href>&a;</d:href></d:response></d:multistatus>`;
    await expect(readMultistatus(entities)).rejects.toThrow(DavError);
  });

  it('lets the event loop turn while it reads a large answer (5,000 items)', async () => {
    const response = (i: number) =>
      `<d:response><d:href>/ana/book/${i}.vcf</d:href><d:propstat><d:prop><d:getetag>"${i}"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`;
    const xml = `<d:multistatus xmlns:d="DAV:">${Array.from({ length: 5000 }, (_, i) => response(i)).join('')}<d:sync-token>t</d:sync-token></d:multistatus>`;
    let turns = 0;
    let reading = true;
    const tick = () => {
      turns++;
      if (reading) setImmediate(tick);
    };
    setImmediate(tick);
    // Slices of no length: the loop turns after every piece of text fed to the parser.
    const { items } = await readMultistatus(xml, new Slicer(0));
    reading = false;
    expect(items).toHaveLength(5000);
    expect(items[4999]!.props.get('getetag')).toBe('"4999"');
    expect(turns).toBeGreaterThan(xml.length / 20_000);
  });

  it('answers or refuses any input with a DavError, never anything else', async () => {
    const pieces = fc.constantFrom(
      '<d:multistatus xmlns:d="DAV:">',
      '</d:multistatus>',
      '<d:response>',
      '</d:response>',
      '<d:href>/a</d:href>',
      '<d:propstat><d:prop><d:getetag>"e"</d:getetag></d:prop>',
      '<d:status>HTTP/1.1 200 OK</d:status>',
      '</d:propstat>',
      '<![CDATA[x]]>',
      '&amp;',
      '&bogus;',
      '<',
      '>',
      '\r\n',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }),
        async (parts) => {
          try {
            await readMultistatus(parts.join(''));
          } catch (error) {
            expect(error).toBeInstanceOf(DavError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
