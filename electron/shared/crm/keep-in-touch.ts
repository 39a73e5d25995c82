import { z } from 'zod';
import { CadenceSchema } from './contact-crm-fields';
import { CrmIdSchema, CrmInstantSchema } from './crm-common';

/** "All mentors every month": a cadence for every contact with the tag (matched ignoring case). */
export const TagCadenceSchema = z.object({
  tag: z.string().trim().min(1).max(40),
  cadence: CadenceSchema,
});
export type TagCadence = z.output<typeof TagCadenceSchema>;

/** "Not now": the contact leaves the reconnect list until this instant. */
export const SnoozeSchema = z.object({
  contactId: CrmIdSchema,
  until: CrmInstantSchema,
});
export type Snooze = z.output<typeof SnoozeSchema>;
