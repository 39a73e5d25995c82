import { describe, expect, it } from 'vitest';
import type { ActivitySample } from '../../../electron/core/boundaries/usage-meter';
import type { Refreshed } from '../../../electron/core/boundaries/status-service';
import { Emitter } from '../../../electron/core/emitter';
import { EventBus } from '../../../electron/core/event-bus';
import { openStore } from '../../../electron/core/store/open-store';
import { SessionRecorder } from '../../../electron/core/wellbeing/session-recorder';
import type { Session } from '../../../electron/shared/wellbeing';
import { ManualClock } from '../../fixtures/manual-clock';
import { OFF_HOURS, statusOf } from '../boundaries/status-fixture';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

async function setup() {
  const clock = new ManualClock('2026-03-02T12:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  const bus = new EventBus();
  const log: string[] = [];
  bus.on('wellbeing.changed', () => log.push('changed'));
  const activity = new Emitter<ActivitySample>();
  const refreshes = new Emitter<Refreshed>();
  const recorder = new SessionRecorder({
    clock,
    store,
    bus,
    usage: { onActivity: activity.event },
    status: { onRefreshed: refreshes.event },
    unlocks: { lastReason: () => '' },
    prompts: {
      sessionEnded: (s: Session, key: string) => log.push(`ended ${s.kind} ${key}`),
      askLeftOver: (_now: number, running: string | null) => log.push(`left-over ${running}`),
    },
    log: (error) => {
      throw error;
    },
  });
  recorder.onStep(({ closed }) => log.push(`step ${closed ? closed.activeMin : '-'}`));
  const at = (iso: string) => new Date(iso);
  /** Focused minutes from 12:00, sampled each minute as the boundaries do. */
  const focus = (minutes: number) => {
    for (let m = 0; m <= minutes; m++)
      activity.fire({
        activeMs: m && MIN,
        at: new Date(Date.parse('2026-03-02T12:00:00Z') + m * MIN),
      });
  };
  return { clock, store, recorder, log, refreshes, at, focus };
}

describe('SessionRecorder', () => {
  it('stores a session at its end, has its check-in asked, then tells the steps', async () => {
    const { store, recorder, log, refreshes, at, focus } = await setup();
    refreshes.fire({ status: statusOf(), at: at('2026-03-02T12:00:00Z') });
    focus(10);
    expect(recorder.runningMs()).toBe(10 * MIN);
    refreshes.fire({ status: statusOf(OFF_HOURS), at: at('2026-03-02T12:50:00Z') });
    await recorder.settled();
    expect(log).toEqual([
      'left-over window:2026-03-02T12:00:00.000Z',
      'step -',
      'ended window closed:2026-03-02T12:00:00.000Z',
      'step 10',
      'changed',
    ]);
    expect(recorder.runningMs()).toBe(0);
    expect(store.read().sessions).toMatchObject([{ kind: 'window', activeMin: 10 }]);
    await store.close();
  });

  it('on quit stores the running session as it stands, without asking its check-in', async () => {
    const { clock, store, recorder, log, refreshes, at, focus } = await setup();
    refreshes.fire({ status: statusOf(), at: at('2026-03-02T12:00:00Z') });
    focus(5);
    clock.set('2026-03-02T12:05:00Z');
    await recorder.flush();
    expect(log.filter((l) => l.startsWith('ended'))).toEqual([]);
    expect(store.read().sessions).toMatchObject([
      { activeMin: 5, end: '2026-03-02T12:05:00.000Z', checkIn: 'pending' },
    ]);
    await store.close();
  });
});
