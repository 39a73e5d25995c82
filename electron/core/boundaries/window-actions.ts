import type { BoundaryStatus } from '../../shared/boundaries';
import type { ScheduleRuntime } from '../../shared/schedule';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import { continueOvertime, snoozeReminders, startWindowNow } from '../schedule/runtime-actions';
import type { SettingsStore } from '../settings/settings-store';
import type { StoreWrites } from '../store/store-writes';
import type { ScheduleTracker } from './schedule-tracker';
import type { StatusService } from './status-service';

/** The user's choices on the fly: a window now, overtime, quiet reminders for a while. */
export class WindowActions {
  constructor(
    private readonly deps: {
      clock: Clock;
      settings: Pick<SettingsStore, 'get'>;
      writes: StoreWrites;
      schedule: Pick<ScheduleTracker, 'current'>;
      status: Pick<StatusService, 'recompute'>;
    },
  ) {}

  async startNow(minutes: number): Promise<BoundaryStatus> {
    if (this.deps.settings.get().boundaries.mode === 'strict') {
      throw new UserError(
        'forbidden',
        'Strict mode: the next window opens as scheduled. Change the mode in Settings.',
      );
    }
    // The same rule the tray and the lock screen follow: never a window that would stay locked.
    const offer = this.deps.status.recompute().startNow;
    if (!offer.enabled) {
      throw new UserError('forbidden', offer.reason ?? 'A window cannot be started now.');
    }
    return this.setRuntime(startWindowNow(this.deps.clock.now(), minutes));
  }

  async continueOvertime(minutes: number): Promise<BoundaryStatus> {
    const { state } = this.deps.schedule.current();
    if (
      this.deps.settings.get().boundaries.mode === 'strict' &&
      state !== 'closing' &&
      state !== 'open'
    ) {
      throw new UserError(
        'forbidden',
        'Strict mode: overtime can only be chosen before the window ends.',
      );
    }
    return this.setRuntime(continueOvertime(this.deps.clock.now(), minutes));
  }

  async snooze(minutes: number): Promise<BoundaryStatus> {
    return this.setRuntime(snoozeReminders(this.deps.clock.now(), minutes));
  }

  private async setRuntime(patch: Partial<ScheduleRuntime>): Promise<BoundaryStatus> {
    await this.deps.writes.update((d) => {
      d.boundaries.runtime = { ...d.boundaries.runtime, ...patch };
    });
    return this.deps.status.recompute();
  }
}
