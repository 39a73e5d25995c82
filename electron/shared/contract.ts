/**
 * The IPC contract: every call the renderer can make and every event main pushes to it.
 * Main registers handlers from `calls` (a missing handler does not compile), the preload and the
 * web bridge expose one function per call, and both hosts validate input with these schemas.
 */
import { z } from 'zod';
import {
  AppInfoSchema,
  AppNoticeSchema,
  NotificationIntentSchema,
  RouteSchema,
  TrayModelSchema,
} from './app-model';
import { ContactDraftSchema, ContactIdSchema, ContactSchema } from './contact';
import { SettingsPatchSchema, SettingsSchema } from './settings';

const none = z.undefined().or(z.object({}).strict()).optional();
const byId = z.object({ id: ContactIdSchema }).strict();

interface CallSpec {
  input: z.ZodType;
  output: z.ZodType;
}

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const calls = {
  'app.info': call(none, AppInfoSchema),
  'app.notices': call(none, z.array(AppNoticeSchema)),
  'app.dismissNotice': call(z.object({ id: z.string().max(100) }).strict(), z.null()),
  'app.openExternal': call(z.object({ url: z.string().max(4000) }).strict(), z.null()),
  'contacts.list': call(
    z.object({ query: z.string().max(200, 'Search is at most 200 characters.').optional() }).strict().optional(),
    z.array(ContactSchema),
  ),
  'contacts.get': call(byId, ContactSchema),
  'contacts.create': call(ContactDraftSchema.strict(), ContactSchema),
  'contacts.update': call(z.object({ id: ContactIdSchema, draft: ContactDraftSchema.strict() }).strict(), ContactSchema),
  'contacts.delete': call(byId, z.object({ id: ContactIdSchema, name: z.string() })),
  'contacts.undoDelete': call(byId, ContactSchema),
  'settings.get': call(none, SettingsSchema),
  'settings.update': call(SettingsPatchSchema.strict(), SettingsSchema),
  'tray.get': call(none, TrayModelSchema),
  'tray.activate': call(z.object({ id: z.string().max(100) }).strict(), z.null()),
  'notifications.list': call(none, z.array(NotificationIntentSchema)),
} satisfies Record<string, CallSpec>;

export const events = {
  'app.notices': z.array(AppNoticeSchema),
  'contacts.changed': z.object({ ids: z.array(z.string()) }),
  'tray.changed': TrayModelSchema,
  'notification.raised': NotificationIntentSchema,
  'app.navigate': z.object({ route: RouteSchema }),
} satisfies Record<string, z.ZodType>;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallArgs<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];
