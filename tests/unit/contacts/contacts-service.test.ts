import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { activeTags } from '../../../electron/core/contacts/active-tags';
import { ContactsService, TRASH_DAYS } from '../../../electron/core/contacts/contacts-service';
import { MergeService } from '../../../electron/core/contacts/merge-service';
import { UserError } from '../../../electron/core/errors';
import { EventBus } from '../../../electron/core/event-bus';
import { openStore } from '../../../electron/core/store/open-store';
import { CrmContactDraftSchema as ContactDraftSchema } from '../../../electron/shared/crm/crm-contact';
import { tempDir } from '../temp-dir';

async function setup() {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  const bus = new EventBus();
  const events: unknown[] = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  let n = 0;
  const service = new ContactsService(store, clock, bus, () => `id-${++n}`);
  const merges = new MergeService({ store, clock, bus });
  return { clock, store, service, merges, events };
}

const draft = (fields: Record<string, unknown>) => ContactDraftSchema.parse(fields);

describe('ContactsService', () => {
  it('creates, reads, edits and announces changes', async () => {
    const { service, clock, events, store } = await setup();
    const ana = await service.create(
      draft({ name: ' Ana Lima ', emails: ['ana@x.io', 'ANA@x.io'], tags: ['mentor'] }),
    );
    expect(ana).toMatchObject({
      id: 'id-1',
      name: 'Ana Lima',
      emails: ['ANA@x.io'],
      createdAt: '2026-05-01T09:00:00.000Z',
    });
    clock.advance(60_000);
    const edited = await service.update(ana.id, draft({ name: 'Ana Lima', company: 'Acme' }));
    expect(edited).toMatchObject({
      company: 'Acme',
      createdAt: ana.createdAt,
      updatedAt: '2026-05-01T09:01:00.000Z',
    });
    expect(service.get(ana.id).company).toBe('Acme');
    expect(events).toEqual([
      { name: 'contacts.changed', payload: { ids: ['id-1'] } },
      { name: 'contacts.changed', payload: { ids: ['id-1'] } },
    ]);
    await store.close();
  });

  it('deletes with undo, and tells the user clearly when something is gone', async () => {
    const { service, store } = await setup();
    const ana = await service.create(draft({ name: 'Ana' }));
    expect(await service.delete(ana.id)).toEqual({ id: ana.id, name: 'Ana' });
    expect(service.matchIds('', 'active')).toEqual([]);
    expect(() => service.get(ana.id)).toThrow(UserError);
    expect(await service.undoDelete(ana.id)).toEqual(ana);
    expect(service.matchIds('', 'active')).toEqual([ana.id]);
    expect(service.get(ana.id)).toEqual(ana);
    await expect(service.undoDelete(ana.id)).rejects.toThrow(/can no longer be restored/);
    await expect(service.update('nope', draft({ name: 'X' }))).rejects.toThrow(/no longer exists/);
    await store.close();
  });

  it('purges deleted contacts after the trash period', async () => {
    const { service, clock, store } = await setup();
    const ana = await service.create(draft({ name: 'Ana' }));
    await service.delete(ana.id);
    clock.advance((TRASH_DAYS + 1) * 86_400_000);
    await service.purgeTrash();
    expect(store.read().trash).toEqual([]);
    await expect(service.undoDelete(ana.id)).rejects.toThrow(UserError);
    await store.close();
  });
});

describe('name parts when the display name is edited', () => {
  const john = {
    prefix: 'Mr.',
    given: 'John',
    additional: 'Quinlan',
    family: 'Public',
    suffix: 'Esq.',
  };

  it('keeps parts that still describe the name and drops those that no longer do', async () => {
    const { service, store } = await setup();
    const c = await service.create(draft({ name: 'Mr. John Q. Public, Esq.', nameParts: john }));
    // The form sends a patch without nameParts: a name that still fits keeps them…
    expect((await service.update(c.id, { name: 'John Public' })).nameParts).toEqual(john);
    expect((await service.update(c.id, { notes: 'Met in Lisbon' })).nameParts).toEqual(john);
    // …a new family name drops them, so no export writes the old one.
    expect((await service.update(c.id, { name: 'John Publicker' })).nameParts).toBeNull();
    // Parts sent with the patch are taken as they are.
    const parts = { ...john, family: 'Publicker', prefix: '', suffix: '' };
    expect(
      (await service.update(c.id, { name: 'J. Publicker', nameParts: parts })).nameParts,
    ).toEqual(parts);
    await store.close();
  });

  it('keeps the parts with the name a merge keeps', async () => {
    const { service, merges, store } = await setup();
    const a = await service.create(draft({ name: 'John Public' }));
    const b = await service.create(draft({ name: 'Mr. John Q. Public, Esq.', nameParts: john }));
    // The kept side's name, with the other's parts because they fit it.
    expect((await merges.merge(a.id, b.id, {})).nameParts).toEqual(john);
    const c = await service.create(draft({ name: 'Jane Roe' }));
    const d = await service.create(draft({ name: 'Mr. John Q. Public, Esq.', nameParts: john }));
    expect((await merges.merge(c.id, d.id, {})).nameParts).toBeNull();
    const e = await service.create(draft({ name: 'Jane Roe' }));
    const f = await service.create(draft({ name: 'Mr. John Q. Public, Esq.', nameParts: john }));
    expect((await merges.merge(e.id, f.id, { name: 'other' })).nameParts).toEqual(john);
    await store.close();
  });
});

describe('ContactDraftSchema', () => {
  it('gives messages a user can act on', () => {
    const result = ContactDraftSchema.safeParse({
      name: '  ',
      emails: ['ok@x.io', 'not-an-email'],
      links: ['javascript:alert(1)'],
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error!.issues.map((i) => [i.path.join('.'), i.message]),
    );
    expect(messages).toEqual({
      name: 'A contact needs a name.',
      'emails.1': 'This does not look like an email address (name@example.com).',
      'links.0': 'A profile link must be a web address starting with https://',
    });
  });

  it('pages a search in lean rows, with every filter counted and all matching ids on request', async () => {
    const { service } = await setup();
    for (const name of ['Ana Lima', 'Ben Okafor', 'Ana Sousa', 'Carla Ana', 'Dee']) {
      await service.create(draft({ name, company: name === 'Dee' ? 'Anatech' : '' }));
    }
    const page = service.page({ query: 'ana', filter: 'active', offset: 1, limit: 2 });
    expect(page.matches).toBe(4);
    expect(page.offset).toBe(1);
    // Names starting with the word first, then the rest, each by name.
    expect(page.rows.map((r) => r.name)).toEqual(['Ana Sousa', 'Carla Ana']);
    expect(Object.keys(page.rows[0]!).sort()).toEqual([
      'company',
      'favourite',
      'id',
      'name',
      'role',
    ]);
    expect(page.counts).toMatchObject({ active: 5, archived: 0, blocked: 0 });
    expect(service.page({ query: '', filter: 'active', offset: 10, limit: 5 }).rows).toEqual([]);
    expect(service.matchIds('ana', 'active')).toHaveLength(4);
    expect(service.matchIds('', 'blocked')).toEqual([]);
  });

  it('gives the names of just the ids asked, archived and blocked included, deleted left out', async () => {
    const { service, store } = await setup();
    const ana = await service.create(draft({ name: 'Ana Lima' }));
    const ben = await service.create(draft({ name: 'Ben Okafor' }));
    const dee = await service.create(draft({ name: 'Dee' }));
    await store.update((data) => {
      const at = data.contacts.findIndex((c) => c.id === ben.id);
      data.contacts[at] = { ...data.contacts[at]!, archived: true };
    });
    await service.delete(dee.id);
    expect(service.names([ben.id, ana.id, dee.id, 'nobody'])).toEqual({
      [ana.id]: 'Ana Lima',
      [ben.id]: 'Ben Okafor',
    });
    // "everyone" is the one filter that holds the archived too.
    expect(service.page({ query: '', filter: 'everyone', offset: 0, limit: 10 }).matches).toBe(2);
    expect(service.page({ query: '', filter: 'active', offset: 0, limit: 10 }).matches).toBe(1);
  });

  it("gives blocked people's rows the day they were blocked, and no one else's", async () => {
    const { service, store } = await setup();
    await service.create(draft({ name: 'Ana' }));
    const sam = await service.create(draft({ name: 'Sam Pushy' }));
    await store.update((data) => {
      const at = data.contacts.findIndex((c) => c.id === sam.id);
      data.contacts[at] = {
        ...data.contacts[at]!,
        blocked: { on: '2026-05-01T09:00:00.000Z', reason: 'Would not take no.' },
      };
    });
    const blocked = service.page({ query: '', filter: 'blocked', offset: 0, limit: 10 });
    expect(blocked.rows).toEqual([
      {
        id: sam.id,
        name: 'Sam Pushy',
        company: '',
        role: '',
        favourite: false,
        blockedOn: '2026-05-01T09:00:00.000Z',
      },
    ]);
    const active = service.page({ query: '', filter: 'active', offset: 0, limit: 10 });
    expect(active.rows[0]).not.toHaveProperty('blockedOn');
  });

  it('gives the tags on active contacts, each once ignoring case, sorted, cached per list', async () => {
    const { service, store } = await setup();
    await service.create(draft({ name: 'Ana', tags: ['mentor', 'Design'] }));
    await service.create(draft({ name: 'Ben', tags: ['Mentor', 'climbing'] }));
    const gone = await service.create(draft({ name: 'Cy', tags: ['archived-only'] }));
    const pushy = await service.create(draft({ name: 'Dee', tags: ['blocked-only'] }));
    await store.update((data) => {
      const at = data.contacts.findIndex((c) => c.id === gone.id);
      data.contacts[at] = { ...data.contacts[at]!, archived: true };
      const blockedAt = data.contacts.findIndex((c) => c.id === pushy.id);
      data.contacts[blockedAt] = {
        ...data.contacts[blockedAt]!,
        blocked: { on: '2026-05-01T09:00:00.000Z', reason: '' },
      };
    });
    // The first spelling seen stays; archived and blocked people's tags are left out.
    expect(service.tags()).toEqual(['climbing', 'Design', 'mentor']);
    // Built once per contacts array: asking again reads the cache.
    expect(activeTags(store.read().contacts)).toBe(activeTags(store.read().contacts));

    await service.create(draft({ name: 'Eve', tags: ['alumni'] }));
    expect(service.tags()).toEqual(['alumni', 'climbing', 'Design', 'mentor']);
  });
});
