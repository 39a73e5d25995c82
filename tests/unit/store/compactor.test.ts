import { describe, expect, it } from 'vitest';
import { compactionThresholds, isCompactionDue } from '../../../electron/core/store/compactor';

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
