import { describe, expect, it } from 'vitest';
import { BackupSchedule } from '../../../electron/core/store/backup-schedule';
import type { BackupFile } from '../../../electron/core/store/backups';
import { ManualClock } from '../../fixtures/manual-clock';

const HOUR = 60 * 60 * 1000;

function setUp(options: { newest?: string; compactFails?: boolean; createFails?: boolean } = {}) {
  const clock = new ManualClock('2026-03-01T10:00:00Z');
  const taken: { how: 'copy' | 'create'; at: string; data?: unknown }[] = [];
  const failures: unknown[] = [];
  const doc = { data: { n: 1 }, seq: 3 };
  const compactor = {
    snapshotSeq: 3,
    compact: async () => {
      if (options.compactFails) throw new Error('no worker');
      compactor.snapshotSeq = doc.seq;
    },
  };
  const file = (at: Date): BackupFile => ({ file: 'b', name: 'b', at });
  const parts = {
    clock,
    file: '/d/netwell-data.json',
    compactor,
    onFailure: (error: unknown) => failures.push(error),
    document: {
      read: () => doc.data,
      get committedSeq() {
        return doc.seq;
      },
    },
    backups: {
      list: async () => (options.newest ? [file(new Date(options.newest))] : []),
      copyFrom: async (_source: string, at: Date) => {
        taken.push({ how: 'copy', at: at.toISOString() });
        return file(at);
      },
      create: async (data: unknown, at: Date) => {
        if (options.createFails) throw Object.assign(new Error('full'), { code: 'ENOSPC' });
        taken.push({ how: 'create', at: at.toISOString(), data });
        return file(at);
      },
    },
  };
  return { clock, taken, failures, doc, compactor, parts };
}

describe('BackupSchedule', () => {
  it('backs up when the newest backup is an hour old, or when forced', async () => {
    const { clock, taken, parts } = setUp({ newest: '2026-03-01T09:30:00Z' });
    const schedule = await BackupSchedule.start(parts);
    await schedule.backupIfDue();
    expect(taken).toEqual([]);
    await schedule.backupIfDue(true);
    expect(taken).toEqual([{ how: 'copy', at: '2026-03-01T10:00:00.000Z' }]);
    clock.advance(HOUR - 1);
    await schedule.backupIfDue();
    expect(taken).toHaveLength(1);
    clock.advance(1);
    await schedule.backupIfDue();
    expect(taken).toHaveLength(2);
  });

  it('backs up at once when there is no backup yet', async () => {
    const { taken, parts } = setUp();
    await (await BackupSchedule.start(parts)).backupIfDue();
    expect(taken).toHaveLength(1);
  });

  it('first folds the journal into the snapshot, then copies it', async () => {
    const { taken, doc, compactor, parts } = setUp();
    const schedule = await BackupSchedule.start(parts);
    doc.seq = 5;
    await schedule.backupIfDue(true);
    expect(compactor.snapshotSeq).toBe(5);
    expect(taken.map((t) => t.how)).toEqual(['copy']);
  });

  it('writes the data itself when compaction fails', async () => {
    const { taken, doc, parts } = setUp({ compactFails: true });
    const schedule = await BackupSchedule.start(parts);
    doc.seq = 5;
    await schedule.backupIfDue(true);
    expect(taken).toEqual([
      { how: 'create', at: '2026-03-01T10:00:00.000Z', data: { n: 1, journalSeq: 5 } },
    ]);
  });

  it('knows whether changes are not backed up yet', async () => {
    const { doc, parts } = setUp({ newest: '2026-03-01T09:30:00Z' });
    const schedule = await BackupSchedule.start(parts);
    expect(schedule.unbackedUp).toBe(false);
    doc.seq = 4;
    expect(schedule.unbackedUp).toBe(true);
    await schedule.backupIfDue(true);
    expect(schedule.unbackedUp).toBe(false);
  });

  it('tells a failed backup without rejecting, and tries again at the next chance', async () => {
    const { taken, failures, doc, parts } = setUp({
      newest: '2026-03-01T09:30:00Z',
      compactFails: true,
      createFails: true,
    });
    const schedule = await BackupSchedule.start(parts);
    doc.seq = 4;
    await expect(schedule.backupIfDue(true)).resolves.toBeUndefined();
    expect(failures).toHaveLength(1);
    expect(schedule.unbackedUp).toBe(true);
    parts.backups.create = async (data: unknown, at: Date) => {
      taken.push({ how: 'create', at: at.toISOString(), data });
      return { file: 'b', name: 'b', at };
    };
    await schedule.backupIfDue();
    expect(taken).toHaveLength(1);
    await schedule.settled();
  });
});
