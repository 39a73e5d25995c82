import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deletionNeedsConsent, HANDFUL } from '../../../electron/core/sync/deletion-guard';

/** When a run's deletes wait for the user's yes instead of going through. */
describe('deletionNeedsConsent', () => {
  it('never asks about a single delete, even of the only item', () => {
    expect(deletionNeedsConsent(1, 1)).toBe(false);
    expect(deletionNeedsConsent(1, 2)).toBe(false);
    expect(deletionNeedsConsent(1, 1000)).toBe(false);
    expect(deletionNeedsConsent(0, 0)).toBe(false);
  });

  it('asks about more than a handful, however large the collection', () => {
    expect(HANDFUL).toBe(5);
    expect(deletionNeedsConsent(5, 1000)).toBe(false);
    expect(deletionNeedsConsent(6, 1000)).toBe(true);
    expect(deletionNeedsConsent(6, 100_000)).toBe(true);
  });

  it('asks about most of a collection: 2 of 3 asks, 2 of 4 and 2 of 10 do not', () => {
    expect(deletionNeedsConsent(2, 3)).toBe(true);
    expect(deletionNeedsConsent(2, 2)).toBe(true);
    expect(deletionNeedsConsent(3, 5)).toBe(true);
    expect(deletionNeedsConsent(2, 4)).toBe(false);
    expect(deletionNeedsConsent(2, 10)).toBe(false);
    expect(deletionNeedsConsent(5, 10)).toBe(false);
  });

  it('is monotone: deleting more of the same collection never stops asking', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.nat(200), (a, b, total) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        if (deletionNeedsConsent(fewer, total))
          expect(deletionNeedsConsent(more, total)).toBe(true);
      }),
    );
  });

  it('is monotone in size: the same deletes from a smaller collection ask at least as often', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.nat(200), (count, a, b) => {
        const [smaller, larger] = a <= b ? [a, b] : [b, a];
        if (deletionNeedsConsent(count, larger))
          expect(deletionNeedsConsent(count, smaller)).toBe(true);
      }),
    );
  });
});
