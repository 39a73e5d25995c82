import { describe, expect, it } from 'vitest';
import type { PlannedNotification } from '../../../electron/core/notifications/notification-ledger';
import { emptyData } from '../../../electron/core/store/data-schema';
import { CheckInPrompts } from '../../../electron/core/wellbeing/check-in-prompts';
import type { NotificationKind } from '../../../electron/shared/boundaries';
import type { Session } from '../../../electron/shared/wellbeing';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-03T12:00:00Z');

function session(id: string, end: number, extra: Partial<Session> = {}): Session {
  const iso = new Date(end).toISOString();
  return {
    id,
    kind: 'window',
    start: iso,
    end: iso,
    plannedEnd: iso,
    activeMin: 10,
    overrides: [],
    checkIn: 'pending',
    ...extra,
  };
}

/** A ledger that remembers keys like the real one; `shown` are the end notices already shown. */
function setup(sessions: Session[] = [], shown: string[] = []) {
  const data = emptyData();
  data.sessions = sessions;
  const notified = new Set<string>(shown);
  const raised: PlannedNotification[] = [];
  const ledger = {
    raiseOnce: (p: PlannedNotification) => {
      if (notified.has(p.key)) return;
      notified.add(p.key);
      raised.push(p);
    },
    wasShown: (key: string, _kind: NotificationKind) => shown.includes(key),
    markNotified: (...keys: string[]) => keys.forEach((k) => notified.add(k)),
  };
  const prompts = new CheckInPrompts({ store: { read: () => data }, ledger });
  return { prompts, raised, notified };
}

describe('CheckInPrompts', () => {
  it('asks once per session, in words fitting its kind', () => {
    const { prompts, raised } = setup();
    prompts.sessionEnded(session('a', NOW), '');
    prompts.sessionEnded(session('a', NOW), '');
    prompts.sessionEnded(session('b', NOW, { kind: 'unlock' }), '');
    expect(raised.map((p) => [p.kind, p.key, p.route])).toEqual([
      ['check-in', 'check-in:a', 'today'],
      ['check-in', 'check-in:b', 'today'],
    ]);
    expect(raised[0]?.body).toBe('A ten-second check-in about your last networking session.');
    expect(raised[1]?.body).toBe(
      'A ten-second check-in after that unlock: energy, and whether it was worth it.',
    );
  });

  it('does not ask when the end notice already invited it, and never asks later', () => {
    const { prompts, raised, notified } = setup([], ['closed:x', 'unlock-expired:y']);
    prompts.sessionEnded(session('a', NOW), 'closed:x');
    prompts.sessionEnded(session('b', NOW, { kind: 'unlock' }), 'unlock-expired:y');
    expect(raised).toEqual([]);
    expect(notified).toContain('check-in:a');
    expect(notified).toContain('check-in:b');
  });

  it('asks when the end notice was not shown (turned off or slept through)', () => {
    const { prompts, raised } = setup();
    prompts.sessionEnded(session('a', NOW), 'closed:x');
    expect(raised.map((p) => p.key)).toEqual(['check-in:a']);
  });

  it('after a start, asks about pending sessions of the last day, not the running one', () => {
    const { prompts, raised } = setup([
      session('old', NOW - 25 * HOUR),
      session('recent', NOW - 2 * HOUR),
      session('answered', NOW - HOUR, { checkIn: 'done' }),
      session('running', NOW - HOUR),
    ]);
    prompts.askLeftOver(NOW, 'running');
    expect(raised.map((p) => p.key)).toEqual(['check-in:recent']);
  });
});
