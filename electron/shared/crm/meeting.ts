import { z } from 'zod';
import {
  CalendarSequenceSchema,
  CalendarUidSchema,
  CrmIdSchema,
  CrmInstantSchema,
  crmText,
} from './crm-common';

export const MeetingKindSchema = z.enum(['coffee', 'lunch', 'call', 'visit', 'walk']);
export type MeetingKind = z.output<typeof MeetingKindSchema>;

/** See electron/core/crm/meetings/meeting-status.ts for the allowed transitions. */
export const MeetingStatusSchema = z.enum([
  'proposed',
  'confirmed',
  'rescheduled',
  'done',
  'cancelled',
]);
export type MeetingStatus = z.output<typeof MeetingStatusSchema>;

/** Taking it offline: a coffee, a lunch, a call, a visit or a walk with one or more contacts. */
export const MeetingSchema = z.object({
  id: CrmIdSchema,
  kind: MeetingKindSchema,
  start: CrmInstantSchema,
  durationMin: z
    .number()
    .int('A duration is a whole number of minutes.')
    .min(5, 'A meeting lasts at least 5 minutes.')
    .max(24 * 60, 'A meeting lasts at most a day.'),
  /** Free text ("Café Central, Lisbon"); a map link is built from it (meeting-map-link.ts). */
  place: crmText(500).default(''),
  contactIds: z.array(CrmIdSchema).min(1, 'A meeting is with someone.').max(50),
  agenda: crmText(5000).default(''),
  status: MeetingStatusSchema,
  /** Asked for when it is marked done. */
  note: crmText(5000).default(''),
  createdAt: CrmInstantSchema,
  /** iCalendar UID and SEQUENCE (see CalendarUidSchema). */
  uid: CalendarUidSchema.optional(),
  sequence: CalendarSequenceSchema.optional(),
});
export type Meeting = z.output<typeof MeetingSchema>;
