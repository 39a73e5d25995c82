import { z } from 'zod';
import { BoundarySettingsSchema, NotificationPrefsSchema, WorkspaceSiteSchema } from './boundaries';
import { ScheduleSettingsSchema } from './schedule';
import { CrmInstantInputSchema } from './crm/crm-common';
import { shownAsLabel } from './text';
import { GuidanceIdSchema, WellbeingSettingsSchema } from './wellbeing';
import { SyncAccountSchema } from './sync';

export const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10000),
  height: z.number().int().min(300).max(10000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.output<typeof WindowBoundsSchema>;

const ThemeSchema = z.enum(['system', 'light', 'dark']);
const SitesSchema = z
  .array(WorkspaceSiteSchema)
  .max(30, 'At most 30 sites.')
  .refine(
    (sites) => new Set(sites.map((s) => s.id)).size === sites.length,
    'Site ids must be unique.',
  );

/** Days without an answer after which an invitation earns a gentle nudge: a week by default. */
export const NUDGE_AFTER_DAYS_DEFAULT = 7;

/** Invitations: when an unanswered one is worth a nudge (delivered in a networking window). */
export const InvitationSettingsSchema = z.object({
  nudgeAfterDays: z
    .number()
    .int('Give a whole number of days.')
    .min(1, 'A nudge comes after at least 1 day.')
    .max(60, 'A nudge comes after at most 60 days.')
    .default(NUDGE_AFTER_DAYS_DEFAULT),
});
export type InvitationSettings = z.output<typeof InvitationSettingsSchema>;

/** Settings as stored by electron-store (desktop) or conf (web host): one schema for both. */
export const SettingsSchema = z.object({
  theme: ThemeSchema.default('system'),
  startAtLogin: z.boolean().default(false),
  firstRunDone: z.boolean().default(false),
  window: WindowBoundsSchema.optional(),
  /** The networking schedule, in the shape documented in docs/schedule-format.md. */
  schedule: ScheduleSettingsSchema.default(ScheduleSettingsSchema.parse({})),
  boundaries: BoundarySettingsSchema.default(BoundarySettingsSchema.parse({})),
  notifications: NotificationPrefsSchema.default(NotificationPrefsSchema.parse({})),
  /** The networking sites opened in the workspace. */
  sites: SitesSchema.default([]),
  invitations: InvitationSettingsSchema.default(InvitationSettingsSchema.parse({})),
  /** Dismissed guidance, when guidance was acted on, and the weekly review's time. */
  wellbeing: WellbeingSettingsSchema.default(WellbeingSettingsSchema.parse({})),
  /** The CardDAV/CalDAV account sync uses, without its password (the keychain holds that). */
  sync: SyncAccountSchema.nullable().default(null),
});
export type Settings = z.output<typeof SettingsSchema>;

/**
 * What the renderer may change through settings.update: any of these fields, each replaced whole.
 * Window bounds are the shell's business; the schedule goes through schedule.save, which explains
 * every problem it finds. No top-level defaults here: a field left out stays as it is (zod's
 * .partial() would keep the defaults and quietly reset everything a patch does not name).
 */
export const SettingsPatchSchema = z.object({
  theme: ThemeSchema.optional(),
  startAtLogin: z.boolean().optional(),
  firstRunDone: z.boolean().optional(),
  boundaries: BoundarySettingsSchema.optional(),
  notifications: NotificationPrefsSchema.optional(),
  // Input-only rules (a site's name is a label; bounded lists and dates in range).
  sites: z
    .array(
      WorkspaceSiteSchema.extend({
        name: shownAsLabel(WorkspaceSiteSchema.shape.name, 'A site name'),
      }),
    )
    .max(30, 'At most 30 sites.')
    .refine(
      (sites) => new Set(sites.map((s) => s.id)).size === sites.length,
      'Site ids must be unique.',
    )
    .optional(),
  invitations: InvitationSettingsSchema.optional(),
  wellbeing: WellbeingSettingsSchema.extend({
    dismissedGuidance: z.array(GuidanceIdSchema).max(100).default([]),
    actedOn: z.partialRecord(GuidanceIdSchema, CrmInstantInputSchema).default({}),
  }).optional(),
});
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;
