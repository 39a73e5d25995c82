import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { Meeting } from '../../../shared/crm/meeting';
import { MINUTE_MS, wallClock } from '../local-days';

/** How far ahead a meeting notifies. */
export const APPOINTMENT_LEAD_MIN = 30;

export interface AppointmentNotice {
  key: string;
  title: string;
  body: string;
}

/**
 * Agreed meetings (confirmed or rescheduled) starting within the next 30 minutes, as notices for
 * appointmentNotice (core/notifications): the one kind of notice that may arrive outside networking
 * windows, because it is the real world. Measured in absolute time, so a clock change in between
 * does not move it. The key holds the start, so a rescheduled meeting notifies again.
 */
export function upcomingAppointments(
  meetings: readonly Meeting[],
  now: Date,
  options: { tz: string; contacts?: readonly CrmContact[] },
): AppointmentNotice[] {
  const nowMs = now.getTime();
  const names = new Map((options.contacts ?? []).map((c) => [c.id, c.name]));
  return meetings
    .filter((m) => m.status === 'confirmed' || m.status === 'rescheduled')
    .filter((m) => {
      const start = Date.parse(m.start);
      return start > nowMs && start - nowMs <= APPOINTMENT_LEAD_MIN * MINUTE_MS;
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((m) => {
      const minutes = Math.ceil((Date.parse(m.start) - nowMs) / MINUTE_MS);
      const who = m.contactIds.map((id) => names.get(id)).filter(Boolean);
      const kind = `${m.kind[0]!.toUpperCase()}${m.kind.slice(1)}`;
      return {
        key: `meeting:${m.id}:${m.start}`,
        title: `${kind}${who.length ? ` with ${who.join(', ')}` : ''} in ${minutes} min`,
        body: `At ${wallClock(m.start, options.tz)}${m.place ? `, ${m.place}` : ''}.`,
      };
    });
}

/**
 * When to look again: the first moment still ahead at which a proposed, confirmed or rescheduled
 * meeting is APPOINTMENT_LEAD_MIN away (epoch ms), or undefined when there is none.
 */
export function nextAppointmentCheck(meetings: readonly Meeting[], now: Date): number | undefined {
  const lead = APPOINTMENT_LEAD_MIN * MINUTE_MS;
  return meetings
    .filter(
      (m) => m.status === 'proposed' || m.status === 'confirmed' || m.status === 'rescheduled',
    )
    .map((m) => Date.parse(m.start) - lead)
    .filter((t) => t > now.getTime())
    .sort((a, b) => a - b)[0];
}
