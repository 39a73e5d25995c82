import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { UserError } from '../../../electron/core/errors';
import { EventBus } from '../../../electron/core/event-bus';
import { ImportService } from '../../../electron/core/interchange/import-service';
import { reconnectList } from '../../../electron/core/crm/keep-in-touch/reconnect-list';
import { relationshipStrength } from '../../../electron/core/crm/profile/relationship-strength';
import { openStore } from '../../../electron/core/store/open-store';
import { CrmContactSchema } from '../../../electron/shared/crm/crm-contact';
import { tempDir } from '../temp-dir';
import { fixture } from './read-fixture';

async function setup() {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  const bus = new EventBus();
  const progress: unknown[] = [];
  bus.subscribe((name, payload) => name === 'import.progress' && progress.push(payload));
  let n = 0;
  const service = new ImportService(store, clock, bus, () => `id-${++n}`);
  return { store, service, progress };
}

describe('ImportService', () => {
  it('previews without storing, commits in one step, and undoes it as one step', async () => {
    const { store, service, progress } = await setup();
    await store.update((data) => {
      data.contacts.push(
        CrmContactSchema.parse({
          id: 'ada',
          name: 'Ada',
          notes: 'Mine',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          emails: ['ada@example.com'],
          archived: true,
        }),
      );
    });
    const preview = await service.preview({
      requestId: 'r1',
      fileName: 'Connections.csv',
      bytes: fixture('linkedin-current.csv'),
    });
    expect(preview).toMatchObject({
      format: 'linkedin',
      counts: { rows: 6, new: 3, matching: 1, skipped: 2, hidden: 1 },
    });
    expect(preview.matches[0]).toMatchObject({ line: 5, match: { contactId: 'ada', by: 'email' } });
    expect(preview.skipped.map((s) => s.line)).toEqual([8, 9]);
    expect(progress.length).toBeGreaterThan(0);
    expect(store.read().contacts).toHaveLength(1);

    const result = await service.commit({
      token: preview.token,
      choices: {},
    });
    expect(result).toMatchObject({ created: 3, merged: 1, skipped: 2, interactions: 0 });
    const data = store.read();
    expect(data.contacts).toHaveLength(4);
    const ada = data.contacts.find((c) => c.id === 'ada')!;
    expect(ada).toMatchObject({
      name: 'Ada',
      notes: 'Mine',
      company: 'Analytical Engines',
      archived: true,
    });
    expect(ada.platforms[0]?.url).toBe('https://www.linkedin.com/in/ada-lovelace');
    // "Connected On" is when you connected, not a conversation: a date on the contact.
    expect(ada.connections).toEqual([{ platform: 'linkedin', on: '2024-05-03' }]);
    expect(data.interactions).toEqual([]);
    const now = new Date('2026-05-01T09:00:00Z');
    for (const c of data.contacts) {
      const strength = relationshipStrength(c, { interactions: data.interactions }, now, 'UTC');
      expect(strength.daysSinceLast).toBeNull();
      expect(strength.reasons.join('; ')).not.toMatch(/last spoke/);
    }
    // Every one of them, added long ago, on a weekly cadence: due, and never spoken to.
    const cadenced = data.contacts.map((c) => ({
      ...c,
      archived: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      keepInTouch: { every: 1, unit: 'weeks' as const },
    }));
    const due = reconnectList(cadenced, data.interactions, [], [], now, 'UTC');
    expect(due.map((d) => d.reason)).toEqual(
      cadenced.map(() => 'no conversation logged yet; you wanted every week'),
    );

    await expect(service.commit({ token: preview.token, choices: {} })).rejects.toThrow(
      /no longer available/,
    );

    expect(await service.undo(result.importId)).toEqual({ removed: 3, restored: 1, kept: [] });
    const after = store.read();
    expect(after.contacts).toEqual([expect.objectContaining({ id: 'ada', company: '' })]);
    expect(after.interactions).toEqual([]);
    expect(after.imports).toEqual([]);
    await expect(service.undo(result.importId)).rejects.toBeInstanceOf(UserError);
    await store.close();
  });

  it('honours per-row choices: keep both, skip', async () => {
    const { store, service } = await setup();
    const first = await service.preview({
      requestId: 'a',
      fileName: 'a.vcf',
      bytes: fixture('apple-3.0.vcf'),
    });
    await service.commit({ token: first.token, choices: {} });
    const again = await service.preview({
      requestId: 'b',
      fileName: 'a.vcf',
      bytes: fixture('apple-3.0.vcf'),
    });
    expect(again.counts).toMatchObject({ new: 0, matching: 2 });
    const [marie, rosalind] = again.matches;
    const result = await service.commit({
      token: again.token,
      choices: { [String(marie!.row)]: 'keep-both', [String(rosalind!.row)]: 'skip' },
    });
    expect(result).toMatchObject({ created: 1, merged: 0, skipped: 1 });
    expect(
      store
        .read()
        .contacts.map((c) => c.name)
        .sort(),
    ).toEqual(['Marie Skłodowska Curie', 'Marie Skłodowska Curie', 'Rosalind Franklin']);
    await store.close();
  });

  it('reports progress across the whole preview and stops when cancelled', async () => {
    const { store, service, progress } = await setup();
    const rows = Array.from({ length: 5000 }, (_, i) => `N${i},L,,,,,03 May 2024`).join('\n');
    const bytes = Buffer.from(
      `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows}`,
    );
    const done = await service.preview({ requestId: 'all', fileName: 'c.csv', bytes });
    expect(done.counts.new).toBe(5000);
    expect(progress.at(-1)).toEqual({ requestId: 'all', done: 15000, total: 15000 });

    const running = service.preview({ requestId: 'stop', fileName: 'c.csv', bytes });
    service.cancel('stop');
    await expect(running).rejects.toThrow('Import cancelled.');
    expect(store.read().contacts).toEqual([]);
    await store.close();
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const { store, service } = await setup();
    await expect(
      service.preview({ requestId: 'x', fileName: 'x.png', bytes: fixture('binary.png') }),
    ).rejects.toThrow('This is not a text file');
    expect(store.read().contacts).toEqual([]);
    await store.close();
  });
});
