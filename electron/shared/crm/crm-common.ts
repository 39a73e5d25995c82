import { z } from 'zod';
import { YEAR_RANGE_MESSAGE, inYearRange } from '../year-range';

/** Ids of CRM records: opaque strings assigned by the store (UUIDs today). */
export const CrmIdSchema = z.string().min(1).max(64);
export type CrmId = z.output<typeof CrmIdSchema>;

/** An instant in UTC ("2026-03-01T10:00:00.000Z"), the same form as Contact.createdAt. */
export const CrmInstantSchema = z.iso.datetime();
/** An instant sent by a caller: the same, in the years Netwell accepts (see year-range.ts). */
export const CrmInstantInputSchema = CrmInstantSchema.max(40).refine(
  inYearRange,
  YEAR_RANGE_MESSAGE,
);

export const crmText = (max: number) =>
  z.string().trim().max(max, `Keep this under ${max} characters.`);

/**
 * Where people are in touch online. "phone", "email", "messaging" (WhatsApp, Signal…) and "video"
 * are channels too, so an interaction's channel and a contact's platforms share one list.
 */
export const PLATFORMS = [
  'linkedin',
  'x',
  'mastodon',
  'meetup',
  'slack',
  'discord',
  'email',
  'phone',
  'messaging',
  'video',
  'other',
] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.output<typeof PlatformSchema>;

/** Platforms with a report page and a workspace site: the ones unwanted attention comes from. */
export const SOCIAL_PLATFORMS = [
  'linkedin',
  'x',
  'mastodon',
  'meetup',
  'slack',
  'discord',
] as const;
export const SocialPlatformSchema = z.enum(SOCIAL_PLATFORMS);
export type SocialPlatform = z.output<typeof SocialPlatformSchema>;

/**
 * A calendar identity (RFC 5545 UID and SEQUENCE) for meetings and events: assigned when the
 * record is created (or lazily, on its first calendar export) and bumped on every edit, so a
 * calendar that imported it once updates the same entry instead of adding a second one.
 */
export const CalendarUidSchema = z.string().min(1).max(255);
export const CalendarSequenceSchema = z.number().int().min(0);
