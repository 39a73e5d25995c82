import { describe, expect, it } from 'vitest';
import { WorkspaceLock } from '../../../electron/core/boundaries/workspace-lock';
import { OFF_HOURS, statusOf } from './status-fixture';

describe('WorkspaceLock', () => {
  it('tells the host only when the access or the sites on a break changed', () => {
    const calls: Array<[boolean, readonly string[]]> = [];
    const lock = new WorkspaceLock((open, onBreak) => calls.push([open, onBreak]));
    const onBreak = (...ids: string[]) => ({
      runtime: {},
      unlocks: [],
      siteBreaks: ids.map((siteId) => ({ siteId, until: '2026-03-09T00:00:00.000Z' })),
    });
    lock.follow(statusOf());
    lock.follow(statusOf());
    lock.follow(statusOf({ data: onBreak('x', 'linkedin') }));
    lock.follow(statusOf({ data: onBreak('linkedin', 'x') }));
    lock.follow(statusOf({ ...OFF_HOURS, data: onBreak('linkedin', 'x') }));
    expect(calls).toEqual([
      [true, []],
      [true, ['linkedin', 'x']],
      [false, ['linkedin', 'x']],
    ]);
  });
});
