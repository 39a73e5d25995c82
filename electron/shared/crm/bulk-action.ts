import { z } from 'zod';
import { shownAsLabel } from '../text';
import { KeepInTouchSchema } from './contact-crm-fields';

/** One action on a selection of contacts. */
export const BulkActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add-tag'),
    tag: shownAsLabel(z.string().trim().min(1, 'Name the tag.').max(40), 'A tag'),
  }),
  z.object({ kind: z.literal('remove-tag'), tag: z.string().trim().min(1).max(40) }),
  z.object({ kind: z.literal('set-cadence'), cadence: KeepInTouchSchema }),
  z.object({ kind: z.literal('archive') }),
  z.object({ kind: z.literal('unarchive') }),
  z.object({ kind: z.literal('delete') }),
]);
export type BulkAction = z.output<typeof BulkActionSchema>;
