import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Giving memory back to the system. V8 keeps the pages a burst of work filled (reading the data
 * file at start-up, a search copy sent, a day of edits) and its memory reducer, which would return
 * them, runs only once it has measured a low allocation rate, which it measures only at
 * collections: in a tray app that then waits quietly, that never happens. At 30,000 contacts the
 * host's RSS stayed at about 250 MB after start-up (90 MB of it live heap) and 630 MB after a burst
 * of use. A collection that reduces the footprint returns those pages; the hosts run one after
 * start-up and whenever the process has grown and then gone quiet.
 */

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

const MB = 1024 * 1024;
/** Below this much committed but unused heap after start-up, nothing is worth a pause. */
const WORTH_RELEASING_BYTES = 32 * MB;
/** Grown this much since the last release, and steady: worth a pause once quiet. */
const GROWN_BYTES = 48 * MB;
const STEADY_BYTES = 4 * MB;
const CHECK_EVERY_MS = 10_000;

let collect: Collect | null = null;

/**
 * V8's own collector, which a program gets only with --expose-gc: a context made while the flag is
 * on has `gc`, and the flag is turned off again at once, so no other code sees it.
 */
function collector(): Collect {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collect;
    setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

function releaseNow(): void {
  collector()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * After start-up, before anything is served: the pause (tens to a few hundred milliseconds) is
 * part of start-up, never in the middle of use. Null when there was little to give back.
 */
export function releaseStartUpMemory(): { beforeMb: number; afterMb: number } | null {
  const before = process.memoryUsage();
  if (before.heapTotal - before.heapUsed < WORTH_RELEASING_BYTES) return null;
  releaseNow();
  const mb = (bytes: number) => Math.round(bytes / MB);
  return { beforeMb: mb(before.heapTotal), afterMb: mb(process.memoryUsage().heapTotal) };
}

/**
 * Whether to release now: the RSS has grown well past what it was after the last release and has
 * not moved since the last check (a busy process's RSS moves; a quiet one's does not).
 */
export function isReleaseDue(settled: number, previous: number, now: number): boolean {
  return now - settled >= GROWN_BYTES && Math.abs(now - previous) < STEADY_BYTES;
}

/**
 * Checks every 10 s (a timer of the process, not the app's clock: this is housekeeping, not
 * a schedule) and releases when `isReleaseDue`. `stop` ends it, for a clean close.
 */
export function releaseWhenQuiet(
  rss: () => number = () => process.memoryUsage.rss(),
  release: () => void = releaseNow,
  everyMs = CHECK_EVERY_MS,
): { stop(): void } {
  let settled = rss();
  let previous = settled;
  const timer = setInterval(() => {
    const now = rss();
    if (isReleaseDue(settled, previous, now)) {
      release();
      settled = rss();
      previous = settled;
    } else {
      previous = now;
      // Shrunk on its own (V8 did return pages): measure growth from there.
      settled = Math.min(settled, now);
    }
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** What the hosts call once the core is up: release start-up's heap, then release when quiet. */
export function keepMemoryLean(): { stop(): void } {
  releaseStartUpMemory();
  return releaseWhenQuiet();
}
