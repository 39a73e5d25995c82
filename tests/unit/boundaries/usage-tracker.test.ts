import { describe, expect, it } from 'vitest';
import { UsageTracker } from '../../../electron/core/boundaries/usage-tracker';

const MIN = 60_000;

describe('UsageTracker', () => {
  it('counts only focused, non-idle time', () => {
    let idle: number | null = 0;
    const t = new UsageTracker(() => idle);
    t.setFocused(true, 0);
    expect(t.sample(5 * MIN).activeMs).toBe(5 * MIN);
    idle = 180; // no input for the last 3 minutes of the next 5
    expect(t.sample(10 * MIN).activeMs).toBe(2 * MIN);
    idle = 0;
    expect(t.setFocused(false, 11 * MIN).activeMs).toBe(1 * MIN);
    expect(t.sample(30 * MIN).activeMs).toBe(0);
  });

  it('counts focused time in full where idle time is unknown (Wayland)', () => {
    const t = new UsageTracker(() => null);
    t.setFocused(true, 0);
    expect(t.sample(7 * MIN).activeMs).toBe(7 * MIN);
  });

  it('tracks continuous use, reset by a 5-minute pause', () => {
    const t = new UsageTracker(() => 0);
    t.setFocused(true, 0);
    expect(t.sample(20 * MIN).continuousMs).toBe(20 * MIN);
    t.setFocused(false, 20 * MIN);
    t.sample(22 * MIN);
    t.setFocused(true, 22 * MIN);
    expect(t.sample(25 * MIN).continuousMs).toBe(23 * MIN); // a 2-minute pause does not reset
    t.setFocused(false, 25 * MIN);
    t.setFocused(true, 31 * MIN);
    expect(t.sample(32 * MIN).continuousMs).toBe(1 * MIN);
  });

  it('does not count a sleep as use, even with the workspace focused', () => {
    const t = new UsageTracker(() => 0, 3 * MIN);
    t.setFocused(true, 0);
    expect(t.sample(1 * MIN).activeMs).toBe(1 * MIN);
    expect(t.sample(2 * MIN).activeMs).toBe(1 * MIN);
    // The lid was closed for 40 minutes: the next sample comes late.
    expect(t.sample(42 * MIN).activeMs).toBe(0);
    expect(t.sample(43 * MIN).activeMs).toBe(1 * MIN);
  });
});
