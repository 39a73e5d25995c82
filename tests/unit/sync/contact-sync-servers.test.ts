import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../electron/shared/contact';
import type { Discovery, SyncStatus } from '../../../electron/shared/sync';
import {
  davServerAvailable,
  startDavServer,
  type DavServer,
  type DavServerKind,
} from '../../fixtures/dav-servers';
import { card, DavTestClient } from '../../fixtures/dav-test-client';
import { coreAt } from '../core-harness';
import { sendFile } from '../../fixtures/send-file';
import type { ExportedFile } from '../../../electron/shared/interchange-export';

/**
 * Two-way contact sync against real servers (Debian's radicale and xandikos), the same tests on
 * both. Each test gets its own address book; the server runs for the whole file.
 */
const kinds: DavServerKind[] = ['radicale', 'xandikos'];

describe.each(kinds)('contact sync with %s', (kind) => {
  let server: DavServer;
  const open: Awaited<ReturnType<typeof coreAt>>[] = [];

  beforeAll(async () => {
    if (!davServerAvailable(kind))
      throw new Error(`${kind} is not installed (apt-get install ${kind})`);
    server = await startDavServer(kind);
  }, 30_000);
  afterAll(async () => server?.stop());
  afterEach(async () => {
    for (const h of open.splice(0)) await h.core.close();
  });

  const harness = async () => {
    const h = await coreAt();
    open.push(h);
    return h;
  };

  const connect = async (
    h: Awaited<ReturnType<typeof coreAt>>,
    name = `Book ${Math.random().toString(36).slice(2, 8)}`,
  ) => {
    const credentials = {
      serverUrl: server.url,
      username: server.username,
      password: server.password,
    };
    const found = await h.call<Discovery>('sync.discover', credentials);
    expect(found.addressBooks).toBeInstanceOf(Array);
    const status = await h.call<SyncStatus>('sync.connect', {
      ...credentials,
      addressBook: { create: name },
    });
    const url = status.account!.addressBook.url;
    const client = new DavTestClient(server.username, server.password, server.url);
    return { url, client, sync: () => h.call<SyncStatus>('sync.now') };
  };

  const create = (h: Awaited<ReturnType<typeof coreAt>>, draft: Record<string, unknown>) =>
    h.call<Contact>('contacts.create', draft);

  it('sends Netwell contacts to an empty address book, and brings cards from the server', async () => {
    const h = await harness();
    const ana = await create(h, { name: 'Ana Lima', emails: ['ana@example.org'], company: 'Acme' });
    const { url, client, sync } = await connect(h);
    const status = await sync();
    expect(status.state).toBe('idle');
    expect(status.lastRun?.pushed.created).toBe(1);
    const cards = [...(await client.all(url)).values()];
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('FN:Ana Lima');
    expect(cards[0]).toContain(`UID:${ana.id}`);
    expect(cards[0]).toContain('ORG:Acme');

    await client.put(
      `${url}phone-1.vcf`,
      card([
        'UID:phone-1',
        'FN:Bruno Costa',
        'N:Costa;Bruno;;;',
        'EMAIL;TYPE=HOME:bruno@example.org',
      ]),
    );
    const second = await sync();
    expect(second.lastRun?.pulled.created).toBe(1);
    const bruno = (await h.contacts()).find((c) => c.name === 'Bruno Costa');
    expect(bruno).toBeDefined();
    // Nothing changed since: nothing travels either way.
    const third = await sync();
    expect(third.lastRun?.pulled).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(third.lastRun?.pushed).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(third.queued).toBe(0);
  });

  it('fills a new address book with many contacts, keeping its name, then has nothing to do', async () => {
    const h = await harness();
    for (let i = 0; i < 30; i++)
      await create(h, { name: `Person ${i}`, emails: [`p${i}@example.org`] });
    const { url, client, sync } = await connect(h, 'Work people');
    const first = await sync();
    expect(first.lastRun?.pushed.created).toBe(30);
    expect(first.lastRun?.pulled).toEqual({ created: 0, updated: 0, deleted: 0 });
    const cards = [...(await client.all(url)).values()];
    expect(cards).toHaveLength(30);
    expect(await client.displayName(url)).toBe('Work people');
    const contacts = await h.contacts();
    expect(contacts).toHaveLength(30);
    for (const c of contacts)
      expect(cards.filter((t) => t.includes(`UID:${c.id}`))).toHaveLength(1);
    const again = await sync();
    expect(again.lastRun?.pushed).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(again.lastRun?.pulled).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(again.queued).toBe(0);
  });

  it('keeps what it does not understand on a card, byte for byte, through an edit in Netwell', async () => {
    const h = await harness();
    const { url, client, sync } = await connect(h);
    const unknown = [
      'item1.X-ABLabel:_$!<Anniversary>!$_',
      'item1.X-ABDATE;TYPE=pref:2011-06-04',
      'X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Cami;1;;;;;;;;;;;;;',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U',
      ' HR8aHxweHRoaHB0hJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN',
      'X-SOCIALPROFILE;TYPE=mastodon:https://mastodon.social/@cami',
      'BDAY:1990-04-12',
      'TEL;TYPE=CELL:+351 912 345 678',
    ];
    await client.put(
      `${url}cami.vcf`,
      card(['UID:cami-uid', 'FN:Camila Reis', 'N:Reis;Camila;;;', 'ORG:Old Co;Sales', ...unknown]),
    );
    await sync();
    const cami = (await h.contacts()).find((c) => c.name === 'Camila Reis')!;
    expect(cami).toBeDefined();
    // The card as the server keeps it (Radicale rewrites what it is given: order, case, folding).
    const before = (await client.get(`${url}cami.vcf`)).text;
    await h.call('contacts.update', { id: cami.id, draft: { company: 'New Co' } });
    const status = await sync();
    expect(status.lastRun?.pushed.updated).toBe(1);
    const after = (await client.get(`${url}cami.vcf`)).text;
    const untouched = (text: string) => text.split('\r\n').filter((l) => !/^(ORG|REV)[:;]/.test(l));
    expect(untouched(after)).toEqual(untouched(before));
    for (const line of [
      'X-ABDATE;TYPE=pref:2011-06-04',
      'X-ANDROID-CUSTOM',
      'PHOTO;',
      'BDAY',
      'mastodon',
    ])
      expect(after).toContain(line);
    expect(after).toContain('ORG:New Co;Sales');
    expect(after).not.toContain('Old Co');
  });

  it('brings an edit made on the server, and sends one made in Netwell', async () => {
    const h = await harness();
    const ana = await create(h, { name: 'Ana Lima', emails: ['ana@example.org'] });
    const { url, client, sync } = await connect(h);
    await sync();
    const [href] = await client.hrefs(url);
    const text = (await client.get(href!)).text;
    await client.put(href!, text.replace('FN:Ana Lima', 'FN:Ana Lima Souza'));
    const status = await sync();
    expect(status.lastRun?.pulled.updated).toBe(1);
    expect((await h.contacts()).find((c) => c.id === ana.id)?.name).toBe('Ana Lima Souza');

    await h.call('contacts.update', {
      id: ana.id,
      draft: { emails: ['ana@example.org', 'ana@work.example'] },
    });
    await sync();
    expect((await client.get(href!)).text).toContain('ana@work.example');
  });

  it('deletes on each side: a card deleted on the server goes to the trash, a contact deleted here leaves the server', async () => {
    const h = await harness();
    const a = await create(h, { name: 'Ana Lima' });
    const b = await create(h, { name: 'Bruno Costa' });
    await create(h, { name: 'Carla Dias' });
    const { url, client, sync } = await connect(h);
    await sync();
    const hrefOf = async (id: string) => {
      for (const href of await client.hrefs(url))
        if ((await client.get(href)).text.includes(`UID:${id}`)) return href;
      throw new Error('not on the server');
    };
    await client.delete(await hrefOf(a.id));
    const status = await sync();
    expect(status.lastRun?.pulled.deleted).toBe(1);
    expect((await h.contacts()).map((c) => c.name)).not.toContain('Ana Lima');
    // In the trash: Undo brings it back.
    await h.call('contacts.undoDelete', { id: a.id });

    const bHref = await hrefOf(b.id);
    await h.call('contacts.delete', { id: b.id });
    const next = await sync();
    expect(next.lastRun?.pushed.deleted).toBe(1);
    expect(await client.hrefs(url)).not.toContain(bHref);
  });

  it('stays connected through a restore, and makes the server match the restored contacts', async () => {
    const h = await harness();
    const ana = await create(h, { name: 'Ana Lima', company: 'Acme' });
    // Made before sync was connected: the backup's settings have no account.
    const backup = await h.call<ExportedFile>('backup.export');
    const { url, client, sync } = await connect(h);
    await sync();
    await create(h, { name: 'Bruno Costa' });
    await h.call('contacts.update', { id: ana.id, draft: { company: 'Globex' } });
    await sync();
    expect((await client.all(url)).size).toBe(2);

    await h.call('backup.restore', { uploadId: await sendFile(h.call, backup.text, 'restore') });
    const status = await h.call<SyncStatus>('sync.status');
    expect(status.account?.addressBook.url).toBe(url);
    expect(status.state).not.toBe('off');
    const after = await sync();
    expect(after.state).toBe('idle');
    expect(after.lastRun?.pushed).toEqual({ created: 0, updated: 1, deleted: 1 });
    expect(after.lastRun?.pulled).toEqual({ created: 0, updated: 0, deleted: 0 });
    const cards = [...(await client.all(url)).values()];
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain(`UID:${ana.id}`);
    expect(cards[0]).toContain('ORG:Acme');
    expect((await h.contacts()).map((c) => c.name)).toEqual(['Ana Lima']);
    const again = await sync();
    expect(again.lastRun?.pushed).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(again.lastRun?.pulled).toEqual({ created: 0, updated: 0, deleted: 0 });
  });

  it('shows a conflict when one field changed on both sides, and settles it as the user picks', async () => {
    const h = await harness();
    const ana = await create(h, { name: 'Ana Lima', company: 'Acme', role: 'Engineer' });
    const { url, client, sync } = await connect(h);
    await sync();
    const [href] = await client.hrefs(url);
    const text = (await client.get(href!)).text;
    await client.put(
      href!,
      text.replace('ORG:Acme', 'ORG:Globex').replace('TITLE:Engineer', 'TITLE:Lead'),
    );
    await h.call('contacts.update', { id: ana.id, draft: { company: 'Initech' } });
    const status = await sync();
    // The role changed only on the server: it comes in. The company changed on both: asked.
    expect((await h.contacts()).find((c) => c.id === ana.id)?.role).toBe('Lead');
    expect(status.conflicts).toHaveLength(1);
    expect(status.conflicts[0]).toMatchObject({
      field: 'company',
      netwell: 'Initech',
      server: 'Globex',
    });
    // Nothing was overwritten on either side.
    expect((await client.get(href!)).text).toContain('ORG:Globex');
    expect((await h.contacts()).find((c) => c.id === ana.id)?.company).toBe('Initech');
    // Another run does not decide for the user.
    expect((await sync()).conflicts).toHaveLength(1);

    await h.call('sync.resolve', { id: status.conflicts[0]!.id, keep: 'server' });
    const settled = await sync();
    expect(settled.conflicts).toHaveLength(0);
    expect((await h.contacts()).find((c) => c.id === ana.id)?.company).toBe('Globex');
    expect((await client.get(href!)).text).toContain('ORG:Globex');
  });

  it.each(['netwell', 'server'] as const)(
    'settles every conflict at once, keeping %s’s values, one update per person',
    async (keep) => {
      const h = await harness();
      const ana = await create(h, { name: 'Ana Lima', company: 'Acme', role: 'Engineer' });
      const ben = await create(h, { name: 'Ben Costa', company: 'Northwind' });
      const { url, client, sync } = await connect(h);
      await sync();
      for (const href of await client.hrefs(url)) {
        const text = (await client.get(href)).text;
        await client.put(
          href,
          text
            .replace('ORG:Acme', 'ORG:Globex')
            .replace('TITLE:Engineer', 'TITLE:Lead')
            .replace('ORG:Northwind', 'ORG:Southwind'),
        );
      }
      await h.call('contacts.update', { id: ana.id, draft: { company: 'Initech', role: 'CTO' } });
      await h.call('contacts.update', { id: ben.id, draft: { company: 'Eastwind' } });
      expect((await sync()).conflicts).toHaveLength(3);

      const settled = await h.call<SyncStatus>('sync.resolveAll', { keep });
      expect(settled.conflicts).toHaveLength(0);
      const after = await sync();
      expect(after.conflicts).toHaveLength(0);
      const want =
        keep === 'netwell'
          ? { ana: ['Initech', 'CTO'], ben: 'Eastwind' }
          : { ana: ['Globex', 'Lead'], ben: 'Southwind' };
      const people = await h.contacts();
      const a = people.find((c) => c.id === ana.id)!;
      expect([a.company, a.role]).toEqual(want.ana);
      expect(people.find((c) => c.id === ben.id)?.company).toBe(want.ben);
      const cards = [...(await client.all(url)).values()].join('\n');
      expect(cards).toContain(`ORG:${want.ana[0]}`);
      expect(cards).toContain(`TITLE:${want.ana[1]}`);
      expect(cards).toContain(`ORG:${want.ben}`);
      expect(after.lastRun?.pushed.updated).toBe(keep === 'netwell' ? 2 : 0);
      // Nothing left to settle, twice.
      await expect(h.call('sync.resolveAll', { keep })).rejects.toThrow(/already settled/);
    },
  );

  it('reports a malformed card on the server and syncs the others', async () => {
    const h = await harness();
    const { url, client, sync } = await connect(h);
    await client.put(`${url}good.vcf`, card(['UID:good', 'FN:Good Card']));
    // A name longer than any Netwell keeps (servers store it as given).
    await client.put(
      `${url}broken.vcf`,
      card(['UID:broken', `FN:${'Very long name '.repeat(20)}`]),
    );
    // A card with neither FN nor N, where the server takes it (Radicale refuses it itself).
    const nameless = await client
      .put(`${url}nameless.vcf`, card(['UID:nameless', 'NOTE:no name here']))
      .then(
        () => true,
        () => false,
      );
    const status = await sync();
    expect(status.state).toBe('idle');
    expect((await h.contacts()).map((c) => c.name)).toContain('Good Card');
    expect(status.failures).toHaveLength(nameless ? 2 : 1);
    expect(status.failures.some((f) => /at most 200 characters/.test(f.reason))).toBe(true);
    if (nameless) expect(status.failures.map((f) => f.label)).toContain('nameless.vcf');
    // Fixed on the server: it comes in and the failure goes.
    await client.put(`${url}broken.vcf`, card(['UID:broken', 'FN:Fixed Card']));
    const fixed = await sync();
    expect(fixed.failures).toHaveLength(nameless ? 1 : 0);
    expect((await h.contacts()).map((c) => c.name)).toContain('Fixed Card');
  });

  it('finds people Netwell already has on the first sync instead of duplicating them', async () => {
    const h = await harness();
    const ana = await create(h, { name: 'Ana Lima', emails: ['ana@example.org'] });
    const bruno = await create(h, { name: 'Bruno Costa' });
    const { url, client, sync } = await connect(h);
    // The same people, already on the server under other UIDs (another app wrote them).
    await client.put(
      `${url}x1.vcf`,
      card(['UID:other-app-1', 'FN:Ana Lima', 'EMAIL:ANA@example.org', 'TEL:+44 20 7946 0000']),
    );
    await client.put(`${url}x2.vcf`, card([`UID:${bruno.id}`, 'FN:Bruno Costa', 'ORG:Initech']));
    const status = await sync();
    expect(status.lastRun?.pulled.created).toBe(0);
    expect(status.lastRun?.pushed.created).toBe(0);
    const contacts = await h.contacts();
    expect(contacts).toHaveLength(2);
    expect((await h.call<Contact>('contacts.get', { id: ana.id })).phones).toEqual([
      '+44 20 7946 0000',
    ]);
    expect(contacts.find((c) => c.id === bruno.id)?.company).toBe('Initech');
    expect(await client.hrefs(url)).toHaveLength(2);
  });

  it('asks before deleting more than a handful, and "keep them" puts them back on the server', async () => {
    const h = await harness();
    for (let i = 0; i < 8; i++) await create(h, { name: `Person ${i}` });
    const { url, client, sync } = await connect(h);
    await sync();
    const hrefs = await client.hrefs(url);
    for (const href of hrefs.slice(0, 7)) await client.delete(href);
    const status = await sync();
    expect(status.pendingDeletions).toMatchObject({ side: 'netwell', count: 7 });
    expect(await h.contacts()).toHaveLength(8);
    await h.call('sync.confirmDeletions', { decision: 'keep' });
    const kept = await sync();
    expect(kept.pendingDeletions).toBeNull();
    expect(await h.contacts()).toHaveLength(8);
    expect(await client.hrefs(url)).toHaveLength(8);
  });

  it('applies a large delete once the user says yes', async () => {
    const h = await harness();
    for (let i = 0; i < 7; i++) await create(h, { name: `Person ${i}` });
    const { sync } = await connect(h);
    await sync();
    for (const c of await h.contacts()) await h.call('contacts.delete', { id: c.id });
    const held = await sync();
    expect(held.pendingDeletions).toMatchObject({ side: 'server', count: 7 });
    await h.call('sync.confirmDeletions', { decision: 'delete' });
    const done = await sync();
    expect(done.pendingDeletions).toBeNull();
    expect(done.lastRun?.pushed.deleted).toBe(7);
  });

  it('waits while the server is away and sends the queued change when it is back', async () => {
    const h = await harness();
    const ana = await create(h, { name: 'Ana Lima' });
    const { url, client, sync } = await connect(h);
    await sync();
    await server.pause();
    try {
      await h.call('contacts.update', { id: ana.id, draft: { company: 'Acme' } });
      const away = await sync();
      expect(away.state).toBe('offline');
      expect(away.message).toMatch(/cannot reach/);
      expect(away.queued).toBe(1);
    } finally {
      await server.resume();
    }
    const back = await sync();
    expect(back.state).toBe('idle');
    expect(back.queued).toBe(0);
    const [href] = await client.hrefs(url);
    expect((await client.get(href!)).text).toContain('ORG:Acme');
  });

  it.runIf(kind === 'radicale')(
    'asks for the new password after it changed on the server',
    async () => {
      const h = await harness();
      await create(h, { name: 'Ana Lima' });
      const { sync } = await connect(h);
      await sync();
      const old = server.password;
      await server.setPassword('second-app-password');
      try {
        const refused = await sync();
        expect(refused.state).toBe('password-refused');
        expect(refused.message).toMatch(/refused the user name or password/);
        const again = await h.call<SyncStatus>('sync.setPassword', {
          password: 'second-app-password',
        });
        expect(again.state).not.toBe('password-refused');
        expect((await sync()).state).toBe('idle');
      } finally {
        await server.setPassword(old);
      }
    },
  );

  it('says what is wrong with a connection a person can fix', async () => {
    const h = await harness();
    const wrong = await h.attempt('sync.discover', {
      serverUrl: 'http://example.org',
      username: 'a',
      password: 'b',
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.message).toMatch(/encrypted connection/);
    const offline = await h.attempt('sync.discover', {
      serverUrl: 'http://127.0.0.1:9/',
      username: 'a',
      password: 'b',
    });
    if (!offline.ok) expect(offline.error.message).toMatch(/cannot reach/);
    expect(offline.ok).toBe(false);
    if (kind === 'radicale') {
      const refused = await h.attempt('sync.discover', {
        serverUrl: server.url,
        username: server.username,
        password: 'nope',
      });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/refused the user name or password/);
    }
  });
});
