import { describe, expect, it } from 'vitest';
import {
  Compactor,
  compactionThresholds,
  isCompactionDue,
} from '../../../electron/core/store/compactor';

describe('compaction thresholds', () => {
  it('defaults to 2,000 lines or 8 MB', () => {
    expect(compactionThresholds(undefined, undefined)).toEqual({
      lines: 2000,
      bytes: 8 * 1024 * 1024,
    });
  });

  it('takes NETWELL_STORE_COMPACT_LINES when it is a positive number, and what is given over both', () => {
    expect(compactionThresholds(undefined, '5').lines).toBe(5);
    expect(compactionThresholds(undefined, '0').lines).toBe(2000);
    expect(compactionThresholds(undefined, 'many').lines).toBe(2000);
    expect(compactionThresholds({ lines: 3 }, '5')).toEqual({ lines: 3, bytes: 8 * 1024 * 1024 });
    expect(compactionThresholds({ bytes: 100 }, undefined)).toEqual({ lines: 2000, bytes: 100 });
  });

  it('is due when the active segment reaches either threshold', () => {
    const limits = { lines: 10, bytes: 1000 };
    expect(isCompactionDue({ lines: 9, bytes: 999 }, limits)).toBe(false);
    expect(isCompactionDue({ lines: 10, bytes: 0 }, limits)).toBe(true);
    expect(isCompactionDue({ lines: 0, bytes: 1000 }, limits)).toBe(true);
  });
});

describe('a snapshot write owed from start-up', () => {
  const parts = (rotations: string[]) => {
    const writer = {
      file: '/nowhere/netwell-data.journal',
      activeSize: { lines: 0, bytes: 0 },
      rotate: async () => void rotations.push('rotate'),
    };
    const files = {
      writer,
      dataDir: '/nowhere',
      base: 'netwell-data',
      file: '/nowhere/netwell-data.json',
      format: { schemaId: 'test' },
    };
    return files;
  };

  it('is written before any compaction, and then counts as folded', async () => {
    const order: string[] = [];
    const failures: unknown[] = [];
    const compactor = new Compactor(parts(order), 0, { lines: 1, bytes: 1 }, (e) =>
      failures.push(e),
    );
    compactor.writeFirst(async () => void order.push('write'), 7);
    // The worker would read the file: it must not start before the write (here it never does,
    // as the folder does not exist, which fails after the rotation).
    await compactor.compact().catch(() => null);
    expect(order).toEqual(['write', 'rotate']);
    expect(compactor.snapshotSeq).toBe(7);
    expect(failures).toEqual([]);
  });

  it('is tried again before the next compaction when it failed, which fails if it fails again', async () => {
    const order: string[] = [];
    const failures: unknown[] = [];
    const compactor = new Compactor(parts(order), 0, { lines: 1, bytes: 1 }, (e) =>
      failures.push(e),
    );
    let attempts = 0;
    compactor.writeFirst(async () => {
      attempts++;
      throw new Error('disk full');
    }, 7);
    await compactor.settled();
    expect(failures).toHaveLength(1);
    await expect(compactor.compact()).rejects.toThrow('disk full');
    expect(attempts).toBe(2);
    expect(order).toEqual([]);
    expect(compactor.snapshotSeq).toBe(0);
  });
});
