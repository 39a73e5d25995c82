import type { ScheduleState, ScheduleStateInput } from '../../shared/schedule';
import type { Clock } from '../clock';
import { Emitter } from '../emitter';
import { createScheduler, type Scheduler, type TransitionInfo } from '../schedule/scheduler';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';

export interface Transition {
  result: ScheduleState;
  previous: ScheduleState;
  info: TransitionInfo;
}

/**
 * The schedule's state now, kept current by the Scheduler's one timer from `start` on; each
 * change of state or window goes out on `onTransition`.
 */
export class ScheduleTracker {
  private scheduler: Scheduler | null = null;
  private readonly transitions = new Emitter<Transition>();
  readonly onTransition = this.transitions.event;

  constructor(
    private readonly deps: {
      clock: Clock;
      settings: Pick<SettingsStore, 'get'>;
      store: Store;
      timeZone: () => string;
    },
  ) {}

  start(): void {
    this.scheduler = createScheduler({
      clock: this.deps.clock,
      getInput: () => this.input(),
      listener: (result, previous, info) => this.transitions.fire({ result, previous, info }),
    });
  }

  dispose(): void {
    this.scheduler?.dispose();
    this.scheduler = null;
  }

  current(): ScheduleState {
    return (
      this.scheduler?.current() ??
      this.scheduler?.recompute() ?? { state: 'off', nextBoundary: null }
    );
  }

  /** Computes again now (announcing a transition if there is one). */
  recompute(): void {
    this.scheduler?.recompute();
  }

  /** True while a window is open (or closing). */
  windowOpen(): boolean {
    const { state } = this.current();
    return state === 'open' || state === 'closing';
  }

  private input(): ScheduleStateInput {
    const { schedule, exceptions } = this.deps.settings.get().schedule;
    return {
      schedule,
      exceptions,
      timeZone: this.deps.timeZone(),
      runtime: this.deps.store.read().boundaries.runtime,
    };
  }
}
