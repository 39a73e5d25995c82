/**
 * Notices that the wall clock or the time zone changed under us. Electron has no event for either,
 * so this compares readings taken at moments the shell chooses (wake, unlock, window focus, and a
 * slow periodic check; see os-signals.ts). Pure: the readings are injected.
 */

export interface ClockReadings {
  /** Wall-clock time (Date.now()): the user, NTP or a time-zone-less clock change moves it. */
  wallMs(): number;
  /** Monotonic time (performance.now()): never jumps. */
  monotonicMs(): number;
  /** The OS's IANA time zone, re-read (see refreshTimeZone in os-signals.ts). */
  timeZone(): string;
}

export interface ClockChange {
  /** The wall clock moved against the monotonic clock by more than the threshold. */
  clock: boolean;
  zone: boolean;
}

/** Smaller differences are NTP slewing and timer jitter, not a clock change. */
export const CLOCK_JUMP_MS = 60_000;

export interface ClockWatch {
  /** Reads the clocks and the zone again; says what changed since the previous reading. */
  poll(): ClockChange;
}

export function createClockWatch(
  readings: ClockReadings,
  thresholdMs: number = CLOCK_JUMP_MS,
): ClockWatch {
  const offsetNow = () => readings.wallMs() - readings.monotonicMs();
  let offset = offsetNow();
  let zone = readings.timeZone();
  return {
    poll() {
      const nextOffset = offsetNow();
      const nextZone = readings.timeZone();
      const change = {
        clock: Math.abs(nextOffset - offset) > thresholdMs,
        zone: nextZone !== zone,
      };
      offset = nextOffset;
      zone = nextZone;
      return change;
    },
  };
}
