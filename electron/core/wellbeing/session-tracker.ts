import type { BoundaryStatus } from '../../shared/boundaries';
import { UNLOCK_MINUTES } from '../../shared/boundaries';
import type { Override, Session, SessionKind } from '../../shared/wellbeing';

/** What the boundaries say is going on now, as far as a session is concerned. */
export interface SessionPhase {
  /** The same key while the same window (with its overtime) or the same unlock lasts. */
  key: string;
  kind: SessionKind;
  label?: string;
  start: number;
  /** The end planned at the start: the window's end or the unlock's. */
  windowEnd: number;
  /** The latest end known now: the window's end, its overtime, or the unlock's end. */
  plannedEnd: number;
  overtime: boolean;
  /** The key of the notice that says this phase ended ("window closed", "unlock ended"). */
  endNoticeKey: string;
}

/** A session still running: kept in memory, written when it ends. */
export interface OpenSession {
  key: string;
  kind: SessionKind;
  label?: string;
  start: number;
  windowEnd: number;
  plannedEnd: number;
  activeMs: number;
  overrides: Override[];
  endNoticeKey: string;
}

const KIND_OF: Record<'weekly' | 'extra' | 'now', SessionKind> = {
  weekly: 'window',
  extra: 'extra',
  now: 'now',
};

/**
 * Pure: the session a boundary status describes (a window, its overtime, an unlock), or none. A
 * session is time the workspace is open: a window a budget keeps locked is none (its session
 * ended when the budget was reached), and an unlock inside it is an unlock.
 */
export function phaseOf(status: BoundaryStatus): SessionPhase | null {
  const inWindow =
    status.state === 'open' || status.state === 'closing' || status.state === 'overtime';
  const openByWindow = status.access.reason === 'window' || status.access.reason === 'gentle';
  if (inWindow && status.current && openByWindow) {
    const start = Date.parse(status.current.start);
    const end = Date.parse(status.current.end);
    const overtime = status.state === 'overtime' && status.overtimeUntil !== null;
    return {
      key: `${status.current.source}:${status.current.start}`,
      kind: KIND_OF[status.current.source],
      ...(status.current.label ? { label: status.current.label } : {}),
      start,
      windowEnd: end,
      plannedEnd: overtime ? Math.max(end, Date.parse(status.overtimeUntil!)) : end,
      overtime,
      endNoticeKey: `closed:${status.current.start}`,
    };
  }
  if (status.access.reason === 'unlocked' && status.access.unlockedUntil) {
    const until = Date.parse(status.access.unlockedUntil);
    return {
      key: `unlock:${status.access.unlockedUntil}`,
      kind: 'unlock',
      start: until - UNLOCK_MINUTES * 60_000,
      windowEnd: until,
      plannedEnd: until,
      overtime: false,
      endNoticeKey: `unlock-expired:${status.access.unlockedUntil}`,
    };
  }
  return null;
}

export interface Step {
  open: OpenSession | null;
  /** A session that ended with this step, ready to store. */
  closed: Session | null;
  /** The notice that says the closed session's phase ended (it may invite the check-in). */
  closedNoticeKey?: string;
}

const iso = (t: number) => new Date(t).toISOString();
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The stored id: one per window start or unlock, so a restart mid-window adds to the same one. */
export const sessionIdOf = (open: Pick<OpenSession, 'kind' | 'start'>) =>
  `${open.kind}:${iso(open.start)}`;

export function closeSession(open: OpenSession, now: number): Session {
  // After a sleep the close is seen late: the session still ends when it was planned to.
  const end = Math.max(open.start, Math.min(now, open.plannedEnd));
  return {
    id: sessionIdOf(open),
    kind: open.kind,
    ...(open.label ? { label: open.label } : {}),
    start: iso(open.start),
    end: iso(end),
    plannedEnd: iso(open.windowEnd),
    activeMin: round2(open.activeMs / 60_000),
    overrides: open.overrides,
    checkIn: 'pending',
  };
}

/**
 * Pure: moves the open session along with the boundary's phase. A different phase (or none) ends
 * the open session; a new one starts; overtime is noted once as an override. `unlockReason` is
 * the reason the user gave, for an unlock session.
 */
export function advance(
  open: OpenSession | null,
  phase: SessionPhase | null,
  now: number,
  unlockReason = '',
): Step {
  if (open && phase && phase.key === open.key) {
    const overrides =
      phase.overtime && !open.overrides.some((o) => o.kind === 'overtime')
        ? [...open.overrides, { kind: 'overtime' as const, at: iso(now), reason: '' }]
        : open.overrides;
    return {
      open: { ...open, plannedEnd: Math.max(open.plannedEnd, phase.plannedEnd), overrides },
      closed: null,
    };
  }
  // An unlock that runs into a window is one stretch with it: one session, one check-in at its end.
  if (
    open &&
    phase &&
    open.kind === 'unlock' &&
    phase.kind !== 'unlock' &&
    phase.start <= now &&
    phase.start <= open.plannedEnd
  ) {
    return {
      open: {
        ...open,
        key: phase.key,
        kind: phase.kind,
        ...(phase.label ? { label: phase.label } : {}),
        windowEnd: phase.windowEnd,
        plannedEnd: Math.max(phase.plannedEnd, Math.min(now, open.plannedEnd)),
        endNoticeKey: phase.endNoticeKey,
      },
      closed: null,
    };
  }
  const closed = open ? closeSession(open, now) : null;
  const ended = open ? { closedNoticeKey: open.endNoticeKey } : {};
  if (!phase) return { open: null, closed, ...ended };
  const overrides: Override[] = [];
  if (phase.kind === 'now') overrides.push({ kind: 'start-now', at: iso(phase.start), reason: '' });
  if (phase.kind === 'unlock')
    overrides.push({ kind: 'unlock', at: iso(phase.start), reason: unlockReason });
  if (phase.overtime) overrides.push({ kind: 'overtime', at: iso(now), reason: '' });
  return {
    open: {
      key: phase.key,
      kind: phase.kind,
      ...(phase.label ? { label: phase.label } : {}),
      start: phase.start,
      windowEnd: phase.windowEnd,
      plannedEnd: phase.plannedEnd,
      activeMs: 0,
      overrides,
      endNoticeKey: phase.endNoticeKey,
    },
    closed,
    ...ended,
  };
}

/**
 * While the workspace is focused the boundaries sample it every minute, so a sample spans about a
 * minute. A much longer one means the machine slept (or a timer fired late on resume): it is not
 * counted, at the cost of at most the minute before the sleep.
 */
export const MAX_SAMPLE_MS = 3 * 60_000;

/**
 * Pure: adds a sample of workspace time to the open session. The sample spans `lastSampleAt` to
 * `now`; its active part comes first (idle time is the tail), and only what falls inside the
 * session counts.
 */
export function addActivity(
  open: OpenSession | null,
  activeMs: number,
  now: number,
  lastSampleAt: number,
): OpenSession | null {
  if (!open || activeMs <= 0 || now - lastSampleAt > MAX_SAMPLE_MS) return open;
  const from = Math.max(open.start, lastSampleAt);
  const to = Math.min(lastSampleAt + activeMs, now, open.plannedEnd);
  return to > from ? { ...open, activeMs: open.activeMs + (to - from) } : open;
}

/** Pure: a session stored again (after a restart mid-window) adds to what was stored before. */
export function mergeSession(existing: Session | undefined, next: Session): Session {
  if (!existing) return next;
  return {
    ...existing,
    end: existing.end > next.end ? existing.end : next.end,
    activeMin: round2(existing.activeMin + next.activeMin),
    overrides: [
      ...existing.overrides,
      ...next.overrides.filter((o) => !existing.overrides.some((e) => e.kind === o.kind)),
    ],
  };
}
