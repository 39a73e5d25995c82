import { z } from 'zod';
import type { Contact } from '../contact';
import { ProfileLinkSchema } from '../contact';
import { LocalDateSchema } from '../schedule';
import { CrmIdSchema, CrmInstantSchema, PlatformSchema, crmText } from './crm-common';

/** "Every 6 weeks". Months are calendar months (due on the same day of the month). */
export const CadenceSchema = z.object({
  every: z
    .number()
    .int('A cadence is a whole number.')
    .min(1, 'A cadence is at least 1.')
    .max(365, 'A cadence is at most 365.'),
  unit: z.enum(['days', 'weeks', 'months']),
});
export type Cadence = z.output<typeof CadenceSchema>;

/**
 * The contact's own keep-in-touch wish: a cadence, 'none' (never remind, even if a tag has a
 * cadence), or null (no wish of its own: the tags' cadences apply).
 */
export const KeepInTouchSchema = z.union([CadenceSchema, z.literal('none')]).nullable();
export type KeepInTouch = z.output<typeof KeepInTouchSchema>;

/** Where we are in touch: a platform with a handle, a profile link, or both. */
export const PlatformPresenceSchema = z
  .object({
    platform: PlatformSchema,
    handle: crmText(200).default(''),
    url: ProfileLinkSchema.nullable().default(null),
  })
  .refine((p) => p.handle !== '' || p.url !== null, 'Give a handle or a profile link.');
export type PlatformPresence = z.output<typeof PlatformPresenceSchema>;

export const MetInPersonSchema = z.object({
  met: z.boolean(),
  /** When we (first) met, if known. */
  on: LocalDateSchema.nullable().default(null),
  /** The event where we met (set by "Who did you meet?"). */
  atEventId: CrmIdSchema.nullable().default(null),
});
export type MetInPerson = z.output<typeof MetInPersonSchema>;

export const CustomFieldSchema = z.object({
  key: crmText(60).min(1, 'A field needs a name.'),
  value: crmText(2000),
});

/**
 * The name in parts, as the source gave it (vCard `N`, an address book's first/last columns) or
 * as the user typed it. null: only the display name is known (exports then split it carefully,
 * see shared/names/split-display-name.ts). Each part may hold several words ("García López").
 */
export const NamePartsSchema = z.object({
  prefix: crmText(100).default(''),
  given: crmText(200).default(''),
  additional: crmText(200).default(''),
  family: crmText(200).default(''),
  suffix: crmText(100).default(''),
});
export type NameParts = z.output<typeof NamePartsSchema>;

/** When you connected on a network (LinkedIn's "Connected On"): a fact, not a conversation. */
export const ConnectionSchema = z.object({ platform: PlatformSchema, on: LocalDateSchema });
export type Connection = z.output<typeof ConnectionSchema>;

/** A second company and role from a card with two ORG/TITLE lines (the first is company/role). */
export const AffiliationSchema = z.object({
  company: crmText(200).default(''),
  role: crmText(200).default(''),
});
export type Affiliation = z.output<typeof AffiliationSchema>;

export const BlockedSchema = z.object({
  on: CrmInstantSchema,
  /** Private note: why. Never shown anywhere but the contact page. */
  reason: crmText(2000).default(''),
});

/**
 * The CRM's additions to a contact, kept apart so they can be merged into ContactDraftSchema
 * later (ContactDraftSchema.extend(ContactCrmFieldsSchema.shape)). Every field has a default, so
 * existing stored contacts migrate by parsing.
 */
export const ContactCrmFieldsSchema = z.object({
  platforms: z.array(PlatformPresenceSchema).max(30).default([]),
  metInPerson: MetInPersonSchema.default({ met: false, on: null, atEventId: null }),
  keepInTouch: KeepInTouchSchema.default(null),
  customFields: z
    .array(CustomFieldSchema)
    .max(50)
    .default([])
    .refine(
      (fields) => new Set(fields.map((f) => f.key.toLowerCase())).size === fields.length,
      'Each custom field needs its own name.',
    ),
  favourite: z.boolean().default(false),
  archived: z.boolean().default(false),
  blocked: BlockedSchema.nullable().default(null),
  /** Where they live or work: for "they are in the same city as the event" suggestions. */
  city: crmText(120).default(''),
  /**
   * The ids other address books gave this person (a vCard's UID), so importing their file again
   * finds them first. Netwell's own id is the contact's id, not listed here.
   */
  externalIds: z.array(crmText(300).min(1)).max(50).default([]),
  nameParts: NamePartsSchema.nullable().default(null),
  /** Kept out of "last spoke", strength and cadences, which count conversations only. */
  connections: z.array(ConnectionSchema).max(30).default([]),
  otherAffiliations: z.array(AffiliationSchema).max(20).default([]),
});
export type ContactCrmFieldsDraft = z.input<typeof ContactCrmFieldsSchema>;
export type ContactCrmFields = z.output<typeof ContactCrmFieldsSchema>;

/** A stored contact with the CRM fields: what every function in electron/core/crm takes. */
export type CrmContact = Contact & ContactCrmFields;
