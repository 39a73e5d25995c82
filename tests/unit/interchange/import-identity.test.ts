import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { EventBus } from '../../../electron/core/event-bus';
import { mergeContacts } from '../../../electron/core/contacts/merge-contacts';
import { contactsToCsv } from '../../../electron/core/interchange/export/contacts-csv';
import { contactsToVCard } from '../../../electron/core/interchange/export/vcard-writer';
import { personProfileKey, phoneKeys } from '../../../electron/core/interchange/identity-keys';
import { ImportService } from '../../../electron/core/interchange/import-service';
import { openStore } from '../../../electron/core/store/open-store';
import { CrmContactSchema } from '../../../electron/shared/crm/crm-contact';
import type { MatchChoice } from '../../../electron/shared/interchange/import';
import { tempDir } from '../temp-dir';
import { fixture } from './read-fixture';

async function setup() {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  let n = 0;
  const service = new ImportService(store, clock, new EventBus(), () => `id-${++n}`);
  /** Preview a file, then commit it with the preview's own ticks (or the given choices). */
  const importBytes = async (
    bytes: Uint8Array | string,
    choices: Record<string, MatchChoice> = {},
  ) => {
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    const preview = await service.preview({ requestId: `r${++n}`, fileName: 'f', bytes: data });
    const result = await service.commit({ token: preview.token, choices });
    return { preview, result };
  };
  const seed = (fields: Record<string, unknown>) =>
    store.update((data) => {
      data.contacts.push(
        CrmContactSchema.parse({
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          ...fields,
        }),
      );
    });
  return { clock, store, service, importBytes, seed };
}

const card = (...lines: string[]) =>
  ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');

describe('personProfileKey: only a link that names a person identifies one', () => {
  it.each([
    ['https://www.linkedin.com/in/Jane-Doe/?trk=x', 'linkedin:jane-doe'],
    ['http://uk.linkedin.com/in/jane-doe', 'linkedin:jane-doe'],
    ['https://github.com/Octocat', 'github:octocat'],
    ['https://twitter.com/jack', 'x:jack'],
    ['https://x.com/@jack/', 'x:jack'],
    ['https://mastodon.social/@Ana', 'mastodon:ana@mastodon.social'],
    ['https://bsky.app/profile/ana.bsky.social', 'bluesky:ana.bsky.social'],
    // Homepages and pages of the networks themselves never do.
    ['https://www.acme-widgets.example/', null],
    ['http://www.ibm.com', null],
    ['https://nomis80.org/simon', null],
    ['https://www.linkedin.com/company/acme', null],
    ['https://github.com/orgs/acme', null],
    ['https://github.com/acme/widgets', null],
    ['https://x.com/search', null],
  ])('%s → %s', (link, key) => expect(personProfileKey(link)).toBe(key));
});

describe('phoneKeys', () => {
  it('reads an international number as E.164, and a national one in the countries in play', () => {
    expect(phoneKeys('+1 (212) 555-0123')).toEqual(['+12125550123']);
    expect(phoneKeys('0044 20 7946 0958')).toEqual(['+442079460958']);
    expect(phoneKeys('(212) 555-0123', ['US'])).toContain('+12125550123');
    // No country known: the digits still meet the same number written the same way.
    expect(phoneKeys('010-1234-5678')).toEqual(['digits:01012345678']);
  });
});

describe('import identity', () => {
  it('never takes colleagues who share their company website for one person', async () => {
    const { store, importBytes } = await setup();
    const acme = [
      card(
        'FN:Ana Ruiz',
        'EMAIL:ana@acme-widgets.example',
        'URL:https://www.acme-widgets.example/',
      ),
      card('FN:Bo Chen', 'EMAIL:bo@acme-widgets.example', 'URL:https://www.acme-widgets.example/'),
    ].join('');
    const first = await importBytes(acme);
    expect(first.preview.counts).toMatchObject({ new: 2, matching: 0, skipped: 0 });
    // And a third colleague later, in another file.
    const later = await importBytes(
      card('FN:Cy Park', 'EMAIL:cy@acme-widgets.example', 'URL:https://www.acme-widgets.example'),
    );
    expect(later.preview.counts).toMatchObject({ new: 1, matching: 0 });
    expect(store.read().contacts.map((c) => c.emails)).toEqual([
      ['ana@acme-widgets.example'],
      ['bo@acme-widgets.example'],
      ['cy@acme-widgets.example'],
    ]);
    await store.close();
  });

  it('keeps the Outlook john.doe@ibm.cm and the Evolution john.doe@ibm.com apart unless ticked', async () => {
    // ez-vcard's test cards (tests/fixtures/import/README.md): same name, company, phone and
    // http://www.ibm.com, different emails.
    const { store, importBytes } = await setup();
    await importBytes(fixture('ezvcard-John_Doe_EVOLUTION.vcf'));
    const { preview, result } = await importBytes(fixture('ezvcard-John_Doe_MS_OUTLOOK.vcf'));
    expect(preview.counts).toMatchObject({ new: 0, matching: 1, unticked: 1, updating: 0 });
    expect(preview.matches[0]!.match).toMatchObject({
      by: 'phone-name',
      sure: false,
      ticked: false,
    });
    expect(result).toMatchObject({ created: 1, merged: 0 });
    expect(store.read().contacts.map((c) => c.emails)).toEqual([
      ['john.doe@ibm.com'],
      ['john.doe@ibm.cm'],
    ]);
    await store.close();
  });

  it('a ticked "possibly the same" updates the contact instead of adding one', async () => {
    const { store, importBytes, seed } = await setup();
    await seed({ id: 'ana', name: 'Ana Lima' });
    const text = card('FN:Ana Lima', 'EMAIL:ana@lima.example');
    const { preview, result } = await importBytes(text, { '0': 'merge' });
    expect(preview.matches[0]!.match).toMatchObject({ contactId: 'ana', by: 'name', sure: false });
    expect(result).toMatchObject({ created: 0, merged: 1 });
    expect(store.read().contacts).toEqual([
      expect.objectContaining({ id: 'ana', emails: ['ana@lima.example'] }),
    ]);
    await store.close();
  });

  it('importing the same file twice changes nothing: phone-only, UID-only and real-world cards', async () => {
    const { store, importBytes } = await setup();
    const mine = [
      card('FN:김민준', 'TEL;TYPE=CELL:010-1234-5678'),
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
        'FN:Ada',
        'END:VCARD',
        '',
      ].join('\r\n'),
    ].join('');
    for (const file of [
      mine,
      fixture('ezvcard-John_Doe_ANDROID.vcf'),
      fixture('ezvcard-John_Doe_EVOLUTION.vcf'),
      fixture('ezvcard-rfc6350-example.vcf'),
      fixture('ezvcard-gmail-list.vcf'),
      fixture('android-2.1.vcf'),
      fixture('contacts-4.0.vcf'),
      fixture('apple-3.0.vcf'),
      fixture('linkedin-current.csv'),
      fixture('linkedin-excel-cp1252.csv'),
      fixture('google-current.csv'),
      fixture('google-legacy.csv'),
      fixture('outlook-classic.csv'),
      fixture('outlook-com.csv'),
    ]) {
      await importBytes(file);
      const before = store.read().contacts;
      const again = await importBytes(file);
      expect(again.preview.counts).toMatchObject({ new: 0, updating: 0, unticked: 0 });
      expect(again.result).toMatchObject({ created: 0, merged: 0 });
      expect(store.read().contacts).toEqual(before);
    }
    await store.close();
  });

  it("re-importing Netwell's own vCard export matches every card on its UID and changes nothing", async () => {
    const { store, importBytes, seed } = await setup();
    await seed({ id: 'c1', name: 'Siobhán Ní Bhriain', phones: ['+353 1 555 0100'] });
    await seed({ id: 'c2', name: '王秀英', emails: ['wang@example.cn'], company: 'Acme' });
    await seed({ id: 'c3', name: 'Jane Doe', links: ['https://www.acme-widgets.example/'] });
    await seed({ id: 'c4', name: 'Jane Doe', links: ['https://www.acme-widgets.example/'] });
    await seed({
      id: 'c5',
      name: 'Grace',
      tags: ['navy'],
      platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/grace' }],
    });
    const before = store.read().contacts;
    const { preview, result } = await importBytes(contactsToVCard(before));
    expect(preview.counts).toMatchObject({ new: 0, matching: 5, updating: 0, unticked: 0 });
    expect(preview.matches.map((m) => [m.match?.contactId, m.match?.by])).toEqual(
      before.map((c) => [c.id, 'uid']),
    );
    expect(result).toMatchObject({ created: 0, merged: 0 });
    expect(store.read().contacts).toEqual(before);
    expect(store.read().imports).toEqual([]);
    // The CSV export carries no id: it is matched on what it has, and changes nothing either.
    const csv = await importBytes(contactsToCsv(before));
    expect(csv.result).toMatchObject({ created: 0, merged: 0 });
    expect(store.read().contacts).toEqual(before);
    await store.close();
  });

  it('matches a name-and-phone card on the number in E.164, the country taken from the other number', async () => {
    const { store, importBytes, seed } = await setup();
    await seed({ id: 'grace', name: 'Grace Hopper', phones: ['+1 212 555 0123'] });
    const { preview } = await importBytes(
      card('FN:Grace  Hopper', 'TEL:(212) 555-0123', 'NOTE:Navy'),
    );
    expect(preview.matches[0]!.match).toMatchObject({
      contactId: 'grace',
      by: 'phone-name',
      sure: true,
    });
    expect(store.read().contacts).toHaveLength(1);
    expect(store.read().contacts[0]!.notes).toBe('Navy');
    await store.close();
  });

  it('finds a contact by an id it was merged away from, and by a foreign UID it came with', async () => {
    const { store, importBytes } = await setup();
    await importBytes(card('UID:abc-123', 'FN:Lin', 'TEL:555 0100'));
    const lin = store.read().contacts[0]!;
    expect(lin.externalIds).toEqual(['abc-123']);
    const renamed = await importBytes(card('UID:abc-123', 'FN:Lin Wei', 'EMAIL:lin@example.com'));
    expect(renamed.preview.matches[0]!.match).toMatchObject({ contactId: lin.id, by: 'uid' });
    expect(store.read().contacts).toHaveLength(1);
    // Lin is merged (Contacts → Merge) into another contact: an old export still finds Lin there.
    const oldExport = contactsToVCard(store.read().contacts);
    const keep = CrmContactSchema.parse({ ...lin, id: 'keep', name: 'Lin W.', externalIds: [] });
    await store.update((data) => {
      data.contacts = [mergeContacts(keep, data.contacts[0]!, {}, '2026-05-02T00:00:00.000Z')];
    });
    expect(store.read().contacts[0]!.externalIds).toEqual([lin.id, 'abc-123']);
    const again = await importBytes(oldExport);
    expect(again.preview.matches[0]!.match).toMatchObject({ contactId: 'keep', by: 'uid' });
    expect(again.result).toMatchObject({ created: 0 });
    await store.close();
  });
});

describe('undo from the import history', () => {
  it('undoes later, but leaves alone and lists the contacts changed since', async () => {
    const { clock, store, service, importBytes, seed } = await setup();
    await seed({ id: 'ada', name: 'Ada', emails: ['ada@example.com'] });
    await seed({ id: 'bo', name: 'Bo', emails: ['bo@example.com'] });
    const { result } = await importBytes(
      [
        card('FN:Ada', 'EMAIL:ada@example.com', 'TITLE:Countess'),
        card('FN:Bo', 'EMAIL:bo@example.com', 'TITLE:Builder'),
        card('FN:Cy', 'EMAIL:cy@example.com'),
        card('FN:Di', 'EMAIL:di@example.com'),
      ].join(''),
    );
    expect(service.history()).toEqual([
      expect.objectContaining({ id: result.importId, added: 2, updated: 2, fileName: 'f' }),
    ]);
    // Later (same instant on the clock, so only the content tells), Bo and Cy are edited.
    await store.update((data) => {
      data.contacts = data.contacts.map((c) =>
        c.name === 'Bo' || c.name === 'Cy' ? { ...c, notes: 'Met again' } : c,
      );
    });
    clock.advance(60_000);
    const undone = await service.undo(result.importId);
    expect(undone).toEqual({
      removed: 1,
      restored: 1,
      kept: [expect.objectContaining({ name: 'Cy' }), expect.objectContaining({ name: 'Bo' })],
    });
    const after = store.read().contacts;
    expect(after.map((c) => [c.name, c.role, c.notes])).toEqual([
      ['Ada', '', ''],
      ['Bo', 'Builder', 'Met again'],
      ['Cy', '', 'Met again'],
    ]);
    expect(service.history()).toEqual([]);
    await store.close();
  });

  it('undoes an import fully after a restart, when nothing changed since', async () => {
    const clock = new ManualClock('2026-05-01T09:00:00Z');
    const dataDir = tempDir();
    const first = await openStore({ dataDir, clock });
    await first.update((data) => {
      data.contacts.push(
        CrmContactSchema.parse({
          id: 'ada',
          name: 'Ada',
          emails: ['ada@example.com'],
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
      );
    });
    const importing = new ImportService(first, clock, new EventBus(), () => `id-${Math.random()}`);
    const bytes = Buffer.from(
      card('FN:Ada', 'EMAIL:ada@example.com', 'TITLE:Countess') + card('FN:Cy', 'TEL:555 0100'),
    );
    const preview = await importing.preview({ requestId: 'r', fileName: 'f.vcf', bytes });
    const { importId } = await importing.commit({ token: preview.token, choices: {} });
    await first.close();
    // Read back from disk, every record's keys come in the schema's order.
    const again = await openStore({ dataDir, clock });
    const undo = await new ImportService(again, clock, new EventBus()).undo(importId);
    expect(undo).toEqual({ removed: 1, restored: 1, kept: [] });
    expect(again.read().contacts.map((c) => [c.name, c.role])).toEqual([['Ada', '']]);
    await again.close();
  });
});
