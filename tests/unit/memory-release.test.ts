import { afterEach, expect, it, vi } from 'vitest';
import {
  isReleaseDue,
  releaseStartUpMemory,
  releaseWhenQuiet,
} from '../../electron/core/memory-release';

const MB = 1024 * 1024;

afterEach(() => void vi.useRealTimers());

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

it('releases once the process has grown and then gone quiet, not while it is busy', () => {
  expect(isReleaseDue(170 * MB, 600 * MB, 601 * MB)).toBe(true);
  // Still growing (or shrinking): busy, wait.
  expect(isReleaseDue(170 * MB, 500 * MB, 600 * MB)).toBe(false);
  // Steady but hardly grown: nothing worth a pause.
  expect(isReleaseDue(170 * MB, 190 * MB, 190 * MB)).toBe(false);
});

it('checks on a timer of its own, measures growth from after each release, and stops', () => {
  vi.useFakeTimers();
  let rss = 170 * MB;
  const release = vi.fn(() => void (rss = 175 * MB));
  const watch = releaseWhenQuiet(() => rss, release, 10_000);
  rss = 400 * MB;
  vi.advanceTimersByTime(10_000); // grown, but it moved since the last look
  expect(release).not.toHaveBeenCalled();
  vi.advanceTimersByTime(10_000); // grown and steady
  expect(release).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(30_000); // back to 175: nothing more
  expect(release).toHaveBeenCalledTimes(1);
  rss = 300 * MB;
  watch.stop();
  vi.advanceTimersByTime(60_000);
  expect(release).toHaveBeenCalledTimes(1);
});
