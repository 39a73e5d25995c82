import { z } from 'zod';
import { LocalDateSchema } from '../schedule';
import { CrmIdSchema, CrmInstantSchema, crmText } from './crm-common';

/**
 * A dated reminder on a contact. Dated by local day, not by minute: follow-ups are delivered in
 * the next networking window, so a time of day would promise a precision we do not keep.
 */
export const FollowUpSchema = z.object({
  id: CrmIdSchema,
  contactId: CrmIdSchema,
  dueOn: LocalDateSchema,
  text: crmText(500).min(1, 'Say what to follow up on.'),
  doneAt: CrmInstantSchema.nullable().default(null),
  createdAt: CrmInstantSchema,
});
export type FollowUp = z.output<typeof FollowUpSchema>;
