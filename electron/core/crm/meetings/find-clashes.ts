import type { Clash } from '../../../shared/crm/crm-views';
import type { Meeting } from '../../../shared/crm/meeting';
import { MINUTE_MS } from '../local-days';

/** Meetings that still take up time: not done, not cancelled. */
export const isActiveMeeting = (m: Meeting): boolean =>
  m.status === 'proposed' || m.status === 'confirmed' || m.status === 'rescheduled';

const span = (m: Meeting) => {
  const start = Date.parse(m.start);
  return { start, end: start + m.durationMin * MINUTE_MS };
};

/**
 * Pairs of active meetings whose times overlap ([start, start + duration): back-to-back is not a
 * clash). With `candidate`, only the clashes of that meeting with the others (when saving one).
 */
export function findClashes(meetings: readonly Meeting[], candidate?: Meeting): Clash[] {
  const active = meetings
    .filter(isActiveMeeting)
    .filter((m) => m.id !== candidate?.id)
    .map((m) => ({ m, ...span(m) }));
  const clashes: Clash[] = [];
  const pair = (x: (typeof active)[number], y: (typeof active)[number]) => {
    const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
    if (overlap <= 0) return;
    const [first, second] = x.start <= y.start ? [x, y] : [y, x];
    clashes.push({ a: first.m.id, b: second.m.id, overlapMin: Math.round(overlap / MINUTE_MS) });
  };
  if (candidate) {
    if (!isActiveMeeting(candidate)) return [];
    const c = { m: candidate, ...span(candidate) };
    for (const other of active) pair(c, other);
    return clashes;
  }
  active.sort((x, y) => x.start - y.start);
  for (let i = 0; i < active.length; i++) {
    for (let j = i + 1; j < active.length && active[j]!.start < active[i]!.end; j++) {
      pair(active[i]!, active[j]!);
    }
  }
  return clashes;
}

export type { Clash };
