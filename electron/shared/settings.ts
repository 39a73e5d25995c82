import { z } from 'zod';

export const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10000),
  height: z.number().int().min(300).max(10000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.output<typeof WindowBoundsSchema>;

/** Settings as stored by electron-store (desktop) or conf (web host): one schema for both. */
export const SettingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  startAtLogin: z.boolean().default(false),
  firstRunDone: z.boolean().default(false),
  window: WindowBoundsSchema.optional(),
});
export type Settings = z.output<typeof SettingsSchema>;

/** What the renderer may change; window bounds are the shell's business. */
export const SettingsPatchSchema = SettingsSchema.omit({ window: true }).partial();
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;
