import { app, powerMonitor } from 'electron';
import type { ClockReadings, ClockWatch } from './clock-watch';

/**
 * Seconds since the last keyboard or mouse input, or null where the OS cannot tell: under Wayland
 * Chromium has no idle source and reports 0 forever, which would count a walked-away user as busy.
 */
export function idleSeconds(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): number | null {
  if (platform === 'linux' && env.XDG_SESSION_TYPE === 'wayland') return null;
  return powerMonitor.getSystemIdleTime();
}

/**
 * The OS's IANA time zone as V8 last detected it. V8 detects the zone once and caches it (in the
 * main process nothing tells it about a change: https://github.com/electron/electron/issues/33723);
 * refreshTimeZone() makes it look again, and the clock watch calls that at its checks.
 */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Makes V8 and ICU detect the OS time zone again. Node's process.env setter and deleter, for the
 * key TZ, call tzset() and `Isolate::DateTimeConfigurationChangeNotification(kRedetect)`, which
 * clears V8's date cache and re-detects ICU's default zone (src/node_env_var.cc) on Linux, macOS
 * and Windows. So: assign TZ its own value when the user pinned one (the pin stays), or delete it
 * when unset. (`process.env.TZ = process.env.TZ` would store the string "undefined" there.)
 */
export function refreshTimeZone(env: NodeJS.ProcessEnv = process.env): void {
  const pinned = env.TZ;
  if (pinned === undefined) delete env.TZ;
  else env.TZ = pinned;
}

/** The real clocks, for the clock watch. */
export function systemClockReadings(env: NodeJS.ProcessEnv = process.env): ClockReadings {
  return {
    wallMs: () => Date.now(),
    monotonicMs: () => performance.now(),
    timeZone: () => {
      refreshTimeZone(env);
      return systemTimeZone();
    },
  };
}

/**
 * How often the clock watch also looks on its own. Events cover most changes (wake, unlock, focus),
 * but after a wake the OS often settles the time zone (automatic zone by location) and the clock
 * (NTP, once the network is back) a little later, while Netwell sits in the tray with no window to
 * focus: without this, reminders would come at the old zone's hours until the next event. This is
 * not the schedule's timer (the core keeps exactly one); it only reads two clocks and the zone, and
 * recomputes only when they changed.
 */
export const CLOCK_CHECK_INTERVAL_MS = 5 * 60_000;

export type Every = (ms: number, fn: () => void) => () => void;

const everyInterval: Every = (ms, fn) => {
  const timer = setInterval(fn, ms);
  timer.unref?.();
  return () => clearInterval(timer);
};

export interface SystemSignalOptions {
  clockWatch: ClockWatch;
  /** Recomputes the schedule's state from the clock (core.boundaries.status.recompute). */
  recompute(): void;
  /** The machine goes to sleep or the screen locks: stop counting workspace time. */
  away(): void;
  /** The machine wakes or the screen unlocks: read focus again. */
  back(): void;
  /** Runs `fn` every `ms` until the returned function is called (tests inject a fake). */
  every?: Every;
}

/**
 * Keeps the core's view of time honest. Sleep and the lock screen stop workspace time and
 * recompute (timers may fire late or not at all while asleep); waking and unlocking recompute
 * again, with the clock watch taking a fresh reading; a window gaining focus, and a check every
 * CLOCK_CHECK_INTERVAL_MS, recompute only if the clock or the time zone changed. Returns an undo.
 */
export function watchSystemSignals(options: SystemSignalOptions): () => void {
  const { clockWatch, recompute } = options;
  const onAway = () => {
    options.away();
    recompute();
  };
  const onBack = () => {
    clockWatch.poll(); // a new baseline: the monotonic clock stood still while asleep
    recompute();
    options.back();
  };
  const onCheck = () => {
    const change = clockWatch.poll();
    if (change.clock || change.zone) recompute();
  };

  powerMonitor.on('suspend', onAway);
  powerMonitor.on('lock-screen', onAway);
  powerMonitor.on('resume', onBack);
  powerMonitor.on('unlock-screen', onBack);
  app.on('browser-window-focus', onCheck);
  const stopChecks = (options.every ?? everyInterval)(CLOCK_CHECK_INTERVAL_MS, onCheck);
  return () => {
    powerMonitor.removeListener('suspend', onAway);
    powerMonitor.removeListener('lock-screen', onAway);
    powerMonitor.removeListener('resume', onBack);
    powerMonitor.removeListener('unlock-screen', onBack);
    app.removeListener('browser-window-focus', onCheck);
    stopChecks();
  };
}
