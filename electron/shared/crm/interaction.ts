import { z } from 'zod';
import { CrmIdSchema, CrmInstantSchema, PLATFORMS, crmText } from './crm-common';

export const InteractionKindSchema = z.enum([
  'message',
  'call',
  'meeting',
  'event',
  'introduction',
  'favour',
]);
export type InteractionKind = z.output<typeof InteractionKindSchema>;

/** inbound: they reached out; outbound: I did. */
export const DirectionSchema = z.enum(['inbound', 'outbound']);
export type Direction = z.output<typeof DirectionSchema>;

/** In person, or one of the online platforms. */
export const ChannelSchema = z.enum(['in-person', ...PLATFORMS]);
export type Channel = z.output<typeof ChannelSchema>;

/** What the user logs (or what a meeting, an introduction or "done" produces). */
export const InteractionDraftSchema = z.object({
  contactId: CrmIdSchema,
  kind: InteractionKindSchema,
  at: CrmInstantSchema,
  direction: DirectionSchema,
  channel: ChannelSchema,
  note: crmText(5000).default(''),
  /** Where it came from, when produced by another record. */
  meetingId: CrmIdSchema.nullable().default(null),
  introductionId: CrmIdSchema.nullable().default(null),
  eventId: CrmIdSchema.nullable().default(null),
});
export type InteractionDraft = z.output<typeof InteractionDraftSchema>;

export const InteractionSchema = InteractionDraftSchema.extend({ id: CrmIdSchema });
export type Interaction = z.output<typeof InteractionSchema>;
