import { describe, expect, it } from 'vitest';
import { UnlockExpiry } from '../../../electron/core/boundaries/unlock-expiry';
import { NOW, OFF_HOURS, statusOf } from './status-fixture';

const until = '2026-03-02T12:20:00.000Z';
const unlocked = statusOf({
  ...OFF_HOURS,
  data: {
    runtime: {},
    unlocks: [{ at: NOW.toISOString(), until, reason: 'Answer Ana now' }],
    siteBreaks: [],
  },
});
const locked = statusOf(OFF_HOURS);

describe('UnlockExpiry', () => {
  it('says "Unlock ended" once when an unlock, not a window, had the workspace open', () => {
    expect(unlocked.access).toMatchObject({ open: true, reason: 'unlocked' });
    const expiry = new UnlockExpiry();
    expect(expiry.check(unlocked, () => until)).toBeNull();
    expect(expiry.check(locked, () => until)).toMatchObject({
      kind: 'unlock-expired',
      key: `unlock-expired:${until}`,
      title: 'Unlock ended',
    });
    expect(expiry.check(locked, () => until)).toBeNull();
  });

  it('is quiet when a window closes', () => {
    const expiry = new UnlockExpiry();
    expiry.check(statusOf(), () => until);
    expect(expiry.check(locked, () => until)).toBeNull();
  });
});
