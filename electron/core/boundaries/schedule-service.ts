import type { BoundaryStatus } from '../../shared/boundaries';
import type { ScheduleWeek } from '../../shared/contract';
import type { ExtraWindow, ScheduleSettings } from '../../shared/schedule';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import { takeDaysOff } from '../schedule/days-off';
import { validateScheduleSettings } from '../schedule/validate-schedule';
import type { SettingsStore } from '../settings/settings-store';
import { scheduleWeek } from './schedule-week';
import type { StatusService } from './status-service';

/** The schedule the user keeps: its weekly windows and its exceptions (days off, extra windows). */
export class ScheduleService {
  constructor(
    private readonly deps: {
      clock: Clock;
      settings: SettingsStore;
      timeZone: () => string;
      status: Pick<StatusService, 'get' | 'recompute'>;
    },
  ) {}

  get(): ScheduleSettings {
    return this.deps.settings.get().schedule;
  }

  save(input: unknown): ScheduleSettings {
    const result = validateScheduleSettings(input);
    if (!result.ok) {
      const first = result.errors[0] ?? 'The schedule is not valid.';
      throw new UserError(
        'invalid_input',
        result.errors.length > 1 ? `${first} (and ${result.errors.length - 1} more)` : first,
        result.errors.map((message) => ({ path: '', message })),
      );
    }
    this.deps.settings.set({ ...this.deps.settings.get(), schedule: result.value });
    this.deps.status.recompute();
    return result.value;
  }

  /** `days` local days from the day of `from` (default now): which are off, and their windows. */
  week(input?: { from?: string; days?: number }): ScheduleWeek {
    const { schedule, exceptions } = this.get();
    const from = input?.from ? new Date(input.from) : this.deps.clock.now();
    return scheduleWeek(
      { schedule, exceptions, timeZone: this.deps.timeZone() },
      from,
      input?.days ?? 7,
    );
  }

  takeDaysOff(days: number, reason?: string): BoundaryStatus {
    const dayOff = takeDaysOff(this.deps.clock.now(), this.deps.timeZone(), days, reason);
    const schedule = this.get();
    const daysOff = [...schedule.exceptions.daysOff.filter((d) => d.id !== dayOff.id), dayOff];
    this.save({ ...schedule, exceptions: { ...schedule.exceptions, daysOff } });
    return this.deps.status.get();
  }

  addExtraWindow(window: Omit<ExtraWindow, 'id'>): BoundaryStatus {
    const schedule = this.get();
    const id = `extra-${Date.parse(window.start).toString(36)}`;
    const extraWindows = [
      ...schedule.exceptions.extraWindows.filter((w) => w.id !== id),
      { ...window, id },
    ];
    this.save({ ...schedule, exceptions: { ...schedule.exceptions, extraWindows } });
    return this.deps.status.get();
  }

  removeException(id: string): BoundaryStatus {
    const schedule = this.get();
    const { daysOff, extraWindows } = schedule.exceptions;
    if (!daysOff.some((d) => d.id === id) && !extraWindows.some((w) => w.id === id)) {
      throw new UserError('not_found', 'That exception no longer exists.');
    }
    this.save({
      ...schedule,
      exceptions: {
        daysOff: daysOff.filter((d) => d.id !== id),
        extraWindows: extraWindows.filter((w) => w.id !== id),
      },
    });
    return this.deps.status.get();
  }
}
