import { describe, expect, it } from 'vitest';
import { coreAt } from '../core-harness';

const setup = () => coreAt();

type C = {
  id: string;
  name: string;
  emails: string[];
  tags: string[];
  company: string;
  city: string;
  archived: boolean;
};

describe('merging two contacts that are the same person', () => {
  it('picks fields side by side, joins lists and histories, and keeps the other in the trash', async () => {
    const { core, call, contacts } = await setup();
    const a = await call<C>('contacts.create', {
      name: 'Ana Lima',
      emails: ['ana@work.io'],
      tags: ['design'],
    });
    const b = await call<C>('contacts.create', {
      name: 'Ana L.',
      company: 'Acme',
      city: 'Lisbon',
      emails: ['ANA@work.io', 'ana@home.io'],
      tags: ['mentor'],
    });
    await call('interactions.log', {
      contactId: b.id,
      kind: 'call',
      direction: 'inbound',
      channel: 'phone',
    });
    await call('commitments.add', { contactId: b.id, what: 'send slides', dueOn: '2026-03-05' });
    const merged = await call<C>('contacts.merge', {
      keepId: a.id,
      otherId: b.id,
      choices: { name: 'keep' },
    });
    expect(merged).toMatchObject({
      id: a.id,
      name: 'Ana Lima',
      company: 'Acme', // empty on the kept side: taken from the other
      city: 'Lisbon',
      emails: ['ana@work.io', 'ana@home.io'],
      tags: ['design', 'mentor'],
    });
    expect(await contacts()).toHaveLength(1);
    const profile = await call<{ interactions: unknown[]; commitments: unknown[] }>(
      'contacts.profile',
      { id: a.id },
    );
    expect(profile.interactions).toHaveLength(1);
    expect(profile.commitments).toHaveLength(1);
    expect(core.store.read().trash.map((t) => t.contact.id)).toEqual([b.id]);
    await core.close();
  });

  it('can be undone: both contacts and every record of their histories as they were', async () => {
    const { core, call } = await setup();
    const a = await call<C>('contacts.create', { name: 'Ana Lima', tags: ['design'] });
    const b = await call<C>('contacts.create', { name: 'Ana L.', company: 'Acme' });
    const c = await call<C>('contacts.create', { name: 'Ben Okafor' });
    await call('interactions.log', {
      contactId: b.id,
      kind: 'call',
      direction: 'inbound',
      channel: 'phone',
    });
    await call('interactions.log', {
      contactId: c.id,
      kind: 'call',
      direction: 'inbound',
      channel: 'phone',
    });
    await call('commitments.add', { contactId: b.id, what: 'send slides', dueOn: '2026-03-05' });
    await call('introductions.add', { fromContactId: a.id, toContactId: b.id, note: '' });
    const before = core.store.read();
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      [...list].sort((x, y) => x.id.localeCompare(y.id));
    await call('contacts.merge', { keepId: a.id, otherId: b.id, choices: {} });
    expect(core.store.read().introductions).toEqual([]); // Ana to herself: gone

    await call('contacts.undoMerge', { otherId: b.id });
    const after = core.store.read();
    expect(byId(after.contacts)).toEqual(byId(before.contacts));
    expect(byId(after.interactions)).toEqual(byId(before.interactions));
    expect(byId(after.commitments)).toEqual(byId(before.commitments));
    expect(byId(after.introductions)).toEqual(byId(before.introductions));
    expect(after.trash).toEqual(before.trash);
    // Once only.
    await expect(call('contacts.undoMerge', { otherId: b.id })).rejects.toThrow(
      'can no longer be undone',
    );
    await core.close();
  });

  it('is not undone over a later edit of the kept contact', async () => {
    const { core, call, clock } = await setup();
    const a = await call<C>('contacts.create', { name: 'Ana Lima' });
    const b = await call<C>('contacts.create', { name: 'Ana L.' });
    await call('contacts.merge', { keepId: a.id, otherId: b.id, choices: {} });
    clock.advance(60_000);
    await call('contacts.update', { id: a.id, draft: { company: 'Globex' } });
    await expect(call('contacts.undoMerge', { otherId: b.id })).rejects.toThrow(
      'Ana Lima was changed after the merge, so it can no longer be undone. Ana L. is still in the trash.',
    );
    expect(core.store.read().contacts.map((x) => x.name)).toEqual(['Ana Lima']);
    await core.close();
  });
});

describe('bulk actions on a selection', () => {
  it('tags, archives and deletes many at once; a bulk delete can be undone', async () => {
    const { core, call, contacts } = await setup();
    const ids: string[] = [];
    for (const name of ['Ana', 'Ben', 'Chen', 'Dee'])
      ids.push((await call<C>('contacts.create', { name })).id);
    const some = ids.slice(0, 3);
    expect(
      await call('contacts.bulk', { ids: some, action: { kind: 'add-tag', tag: 'conference' } }),
    ).toEqual({ count: 3 });
    expect((await contacts({ query: 'conference' })).map((c) => c.name)).toEqual([
      'Ana',
      'Ben',
      'Chen',
    ]);
    await call('contacts.bulk', { ids: [ids[0]], action: { kind: 'archive' } });
    expect(await contacts()).toHaveLength(3);
    expect(await contacts({ filter: 'archived' })).toHaveLength(1);
    await call('contacts.bulk', { ids: some, action: { kind: 'delete' } });
    expect((await contacts()).map((c) => c.name)).toEqual(['Dee']);
    expect(await call('contacts.undoDeleteMany', { ids: some })).toEqual({ count: 3 });
    expect(await contacts({ query: 'conference' })).toHaveLength(2); // Ana is archived
    await core.close();
  });
});
