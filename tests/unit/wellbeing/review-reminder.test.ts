import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../electron/core/emitter';
import type { PlannedNotification } from '../../../electron/core/notifications/notification-ledger';
import { emptyData } from '../../../electron/core/store/data-schema';
import { ReviewReminder } from '../../../electron/core/wellbeing/review-reminder';
import type { SessionStep } from '../../../electron/core/wellbeing/session-recorder';
import { SettingsSchema } from '../../../electron/shared/settings';
import type { Session } from '../../../electron/shared/wellbeing';
import { ManualClock } from '../../fixtures/manual-clock';

const MIN = 60_000;
/** Thursday's window closes at 12:45 UTC: the week's last, so the review's moment. */
const MOMENT = Date.parse('2026-03-05T12:45:00Z');

function session(start: string, activeMin: number): Session {
  return {
    id: start,
    kind: 'window',
    start,
    end: start,
    plannedEnd: start,
    activeMin,
    overrides: [],
    checkIn: 'pending',
  };
}

function setup(start: string, sessions: Session[] = []) {
  const clock = new ManualClock(start);
  const data = emptyData();
  data.sessions = sessions;
  const settings = SettingsSchema.parse({
    schedule: { schedule: { windows: [{ id: 'w', days: [1, 4], start: '12:00', end: '12:45' }] } },
  });
  const raised: PlannedNotification[] = [];
  const steps = new Emitter<SessionStep>();
  const running = { ms: 0 };
  const reminder = new ReviewReminder({
    clock,
    store: { read: () => data },
    settings: { get: () => settings },
    timeZone: () => 'UTC',
    ledger: { raiseOnce: (p) => raised.push(p) },
    sessions: { onStep: steps.event, runningMs: () => running.ms },
  });
  const step = (now: number, closed: Session | null = null) => steps.fire({ now, closed });
  return { clock, reminder, raised, step, running };
}

describe('ReviewReminder', () => {
  it('raises at its moment when the session that just closed had networking', () => {
    const { raised, step } = setup('2026-03-05T12:45:00Z');
    step(MOMENT, session('2026-03-05T12:00:00.000Z', 20));
    expect(raised.map((p) => [p.kind, p.key, p.route])).toEqual([
      ['weekly-review', 'weekly-review:2026-03-02', 'insights'],
    ]);
    expect(raised[0]?.title).toBe('Your week in two minutes');
  });

  it('counts the running session and the week’s stored ones, not an empty week', () => {
    const empty = setup('2026-03-05T12:45:00Z', [session('2026-02-23T12:00:00.000Z', 30)]);
    empty.step(MOMENT);
    expect(empty.raised).toEqual([]);
    const running = setup('2026-03-05T12:45:00Z');
    running.running.ms = 5 * MIN;
    running.step(MOMENT);
    expect(running.raised).toHaveLength(1);
    const stored = setup('2026-03-05T12:45:00Z', [session('2026-03-02T12:00:00.000Z', 30)]);
    stored.step(MOMENT);
    expect(stored.raised).toHaveLength(1);
  });

  it('only within 15 minutes of its moment, never before or hours later', () => {
    const stored = [session('2026-03-02T12:00:00.000Z', 30)];
    const early = setup('2026-03-05T12:44:00Z', stored);
    early.step(MOMENT - MIN);
    const late = setup('2026-03-05T13:01:00Z', stored);
    late.step(MOMENT + 16 * MIN);
    expect([...early.raised, ...late.raised]).toEqual([]);
  });

  it('a timer of its own looks at the moment when nothing else happens; dispose stops it', () => {
    const stored = [session('2026-03-02T12:00:00.000Z', 30)];
    const { clock, raised, step } = setup('2026-03-02T13:00:00Z', stored);
    step(clock.now().getTime());
    step(clock.now().getTime()); // the same moment: still one timer
    expect(clock.pendingTimers()).toBe(1);
    clock.set('2026-03-05T13:00:00Z');
    expect(raised.map((p) => p.key)).toEqual(['weekly-review:2026-03-02']);

    const other = setup('2026-03-02T13:00:00Z', stored);
    other.step(other.clock.now().getTime());
    other.reminder.dispose();
    expect(other.clock.pendingTimers()).toBe(0);
  });
});
