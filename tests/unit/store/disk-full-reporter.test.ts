import { describe, expect, it } from 'vitest';
import { DiskFullReporter } from '../../../electron/core/store/disk-full-reporter';
import type { StoreNotice } from '../../../electron/core/store/open-store';

const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

describe('DiskFullReporter', () => {
  it('tells a full disk once, until a write succeeds again', () => {
    const notices: StoreNotice[] = [];
    const reporter = new DiskFullReporter('/data', (n) => notices.push(n));
    reporter.note(full);
    reporter.note(full);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.level).toBe('error');
    expect(notices[0]?.message).toMatch(/^The disk holding \/data is full/);
    reporter.writeSucceeded();
    reporter.note(full);
    expect(notices).toHaveLength(2);
  });

  it('leaves other errors alone', () => {
    const notices: StoreNotice[] = [];
    const reporter = new DiskFullReporter('/data', (n) => notices.push(n));
    reporter.note(Object.assign(new Error('EIO'), { code: 'EIO' }));
    reporter.note(null);
    expect(notices).toEqual([]);
  });
});
