import { describe, expect, it } from 'vitest';
import { BulkEditService } from '../../../electron/core/contacts/bulk-edit-service';
import { EventBus } from '../../../electron/core/event-bus';
import { openStore } from '../../../electron/core/store/open-store';
import { ManualClock } from '../../fixtures/manual-clock';
import { makeCrmContact } from '../crm/crm-fixtures';
import { tempDir } from '../temp-dir';

async function setup() {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  await store.update((d) => {
    d.contacts.push(
      makeCrmContact('ana', { tags: ['Mentor'] }),
      makeCrmContact('ben', { archived: true }),
      makeCrmContact('cy'),
    );
  });
  const bus = new EventBus();
  const events: unknown[] = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  return { store, bulk: new BulkEditService({ store, clock, bus }), events };
}

describe('BulkEditService', () => {
  it('tags and untags ignoring case, sets cadences, unarchives, and stamps what it changed', async () => {
    const { store, bulk, events } = await setup();
    const byId = () => new Map(store.read().contacts.map((c) => [c.id, c]));
    expect(await bulk.apply(['ana', 'cy'], { kind: 'add-tag', tag: 'mentor' })).toEqual({
      count: 2,
    });
    expect(byId().get('ana')!.tags).toEqual(['Mentor']);
    expect(byId().get('cy')!.tags).toEqual(['mentor']);
    await bulk.apply(['ana', 'cy'], { kind: 'remove-tag', tag: 'MENTOR' });
    expect([byId().get('ana')!.tags, byId().get('cy')!.tags]).toEqual([[], []]);
    const cadence = { every: 3, unit: 'months' } as const;
    await bulk.apply(['ben'], { kind: 'set-cadence', cadence });
    await bulk.apply(['ben', 'gone'], { kind: 'unarchive' });
    expect(byId().get('ben')).toMatchObject({
      keepInTouch: cadence,
      archived: false,
      updatedAt: '2026-05-01T09:00:00.000Z',
    });
    expect(events.at(-1)).toEqual({ name: 'contacts.changed', payload: { ids: ['ben', 'gone'] } });
  });

  it('deletes to the trash, and the undo brings back only what is there', async () => {
    const { store, bulk } = await setup();
    expect(await bulk.apply(['ana', 'cy', 'gone'], { kind: 'delete' })).toEqual({ count: 2 });
    expect(store.read().contacts.map((c) => c.id)).toEqual(['ben']);
    expect(store.read().trash.map((t) => t.contact.id)).toEqual(['ana', 'cy']);
    expect(await bulk.undoDelete(['ana', 'gone'])).toEqual({ count: 1 });
    expect(store.read().contacts.map((c) => c.id)).toEqual(['ben', 'ana']);
  });
});
