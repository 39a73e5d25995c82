import { z } from 'zod';
import { LocalDateSchema } from '../schedule';
import { CrmIdSchema, CrmInstantSchema, SocialPlatformSchema, crmText } from './crm-common';

/** A private record of unwanted attention: what happened, where, and whether it was reported. */
export const ReportLogEntrySchema = z.object({
  id: CrmIdSchema,
  /** The contact concerned, if they are one (a stranger may not be). */
  contactId: CrmIdSchema.nullable().default(null),
  platform: z.union([SocialPlatformSchema, z.literal('other')]),
  on: LocalDateSchema,
  whatHappened: crmText(5000).min(1, 'Say what happened.'),
  reportedOnPlatform: z.boolean(),
  notes: crmText(5000).default(''),
  createdAt: CrmInstantSchema,
});
export type ReportLogEntry = z.output<typeof ReportLogEntrySchema>;
