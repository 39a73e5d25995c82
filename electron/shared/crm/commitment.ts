import { z } from 'zod';
import { LocalDateSchema } from '../schedule';
import { CrmIdSchema, CrmInstantSchema, crmText } from './crm-common';

export const CommitmentStatusSchema = z.enum(['open', 'kept', 'missed']);
export type CommitmentStatus = z.output<typeof CommitmentStatusSchema>;

/** "I said I'd send Ana the report by Friday." Private: only the user sees these. */
export const CommitmentSchema = z
  .object({
    id: CrmIdSchema,
    contactId: CrmIdSchema,
    what: crmText(500).min(1, 'Say what you promised.'),
    /** The local day it is due by ("by Friday": kept on that day still counts as on time). */
    dueOn: LocalDateSchema,
    status: CommitmentStatusSchema,
    /** The local day it was kept; set exactly when status is 'kept'. */
    keptOn: LocalDateSchema.nullable().default(null),
    createdAt: CrmInstantSchema,
  })
  .refine((c) => (c.status === 'kept') === (c.keptOn !== null), {
    message: 'A kept commitment records the day it was kept (and only a kept one).',
    path: ['keptOn'],
  });
export type Commitment = z.output<typeof CommitmentSchema>;
