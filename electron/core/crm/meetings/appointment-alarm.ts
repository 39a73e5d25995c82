import type { TimerHandle } from '../../clock';
import type { CrmDeps } from '../crm-records';
import {
  nextAppointmentCheck,
  upcomingAppointments,
  type AppointmentNotice,
} from './upcoming-appointments';

/**
 * One timer, to the next moment a meeting is APPOINTMENT_LEAD_MIN away: real-world appointments
 * notify even outside networking windows (a merely proposed one does not). Re-armed after every
 * meeting change and after a restore.
 */
export class AppointmentAlarm {
  private timer: TimerHandle | null = null;

  constructor(
    private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'timeZone'> & {
      /** A real-world appointment notice (may arrive outside networking windows). */
      notifyAppointment: (notice: AppointmentNotice) => void;
    },
  ) {}

  /** Notifies what is due now, then sets the one timer to the next moment worth a look. */
  arm(): void {
    const { store, clock, timeZone, notifyAppointment } = this.deps;
    this.dispose();
    const now = clock.now();
    const d = store.read();
    for (const notice of upcomingAppointments(d.meetings, now, {
      tz: timeZone(),
      contacts: d.contacts,
    })) {
      notifyAppointment(notice);
    }
    const next = nextAppointmentCheck(d.meetings, now);
    if (next === undefined) return;
    this.timer = clock.setTimeout(() => this.arm(), next - now.getTime());
  }

  dispose(): void {
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
