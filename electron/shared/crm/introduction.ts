import { z } from 'zod';
import { CrmIdSchema, CrmInstantSchema, crmText } from './crm-common';

/** "Introduced Ana to Ben": links both; each gets an 'introduction' interaction. */
export const IntroductionSchema = z
  .object({
    id: CrmIdSchema,
    /** The person introduced… */
    fromContactId: CrmIdSchema,
    /** …to this person. */
    toContactId: CrmIdSchema,
    at: CrmInstantSchema,
    note: crmText(2000).default(''),
  })
  .refine((i) => i.fromContactId !== i.toContactId, 'An introduction links two different people.');
export type Introduction = z.output<typeof IntroductionSchema>;
