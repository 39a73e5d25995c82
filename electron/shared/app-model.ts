import { z } from 'zod';

/** A message the app wants the user to see in the window (e.g. "restored from a backup"). */
export const AppNoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: z.iso.datetime(),
});
export type AppNotice = z.output<typeof AppNoticeSchema>;

/** The areas of the app; notifications and tray items point at one of them. */
export const RouteSchema = z.enum([
  'today',
  'contacts',
  'meetings',
  'events',
  'schedule',
  'workspace',
  'insights',
  'settings',
  'attention',
]);
export type Route = z.output<typeof RouteSchema>;

export const TrayIconSchema = z.enum(['off', 'upcoming', 'open', 'closing', 'paused']);
export type TrayIcon = z.output<typeof TrayIconSchema>;

export const TrayItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['status', 'action', 'separator']),
  enabled: z.boolean(),
});
export type TrayItem = z.output<typeof TrayItemSchema>;

/** Everything the tray shows. Built by a pure function; the Electron shell turns it into a Tray. */
export const TrayModelSchema = z.object({
  icon: TrayIconSchema,
  tooltip: z.string(),
  /** macOS shows this next to the icon. */
  title: z.string(),
  items: z.array(TrayItemSchema),
});
export type TrayModel = z.output<typeof TrayModelSchema>;

/** A notification the app raised. The Electron shell shows it as an OS notification. */
export const NotificationIntentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  at: z.iso.datetime(),
  route: RouteSchema.optional(),
});
export type NotificationIntent = z.output<typeof NotificationIntentSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  dataDir: z.string(),
  /** False where the OS shows no tray (GNOME without an extension): the window header carries its role. */
  trayAvailable: z.boolean(),
});
export type AppInfo = z.output<typeof AppInfoSchema>;
