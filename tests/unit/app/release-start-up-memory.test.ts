import { expect, it } from 'vitest';
import { releaseStartUpMemory } from '../../../electron/core/app/release-start-up-memory';

it('gives back the heap a start-up filled and left unused, without exposing gc to anyone', () => {
  // What reading a large data file leaves: a heap grown for data that is garbage now.
  const filled = () => Array.from({ length: 400 }, () => new Array(40_000).fill(1.5)).length;
  expect(filled()).toBe(400);
  const released = releaseStartUpMemory();
  expect(released).not.toBeNull();
  expect(released!.beforeMb - released!.afterMb).toBeGreaterThanOrEqual(32);
  expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  // Nothing left to give back: no second pause.
  expect(releaseStartUpMemory()).toBeNull();
});
