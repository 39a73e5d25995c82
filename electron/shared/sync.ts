import { z } from 'zod';

/**
 * Two-way sync with the user's own CardDAV/CalDAV server (issue #16): the calls' inputs and the
 * status the Settings → Sync page shows. The password never appears in an answer or an event.
 */

const urlText = z.string().trim().min(1, 'Give the server address.').max(2000);

/** A server address: https, or http only for this machine (the rule is checked in the core too). */
export const ServerUrlSchema = urlText;

export const SyncCredentialsSchema = z.object({
  /** A full URL, or just the domain ("nextcloud.example.org"): discovery finds the rest. */
  serverUrl: ServerUrlSchema,
  username: z.string().trim().min(1, 'Give your user name.').max(200),
  /** An app password. Never stored in settings or data files. */
  password: z.string().min(1, 'Give the (app) password.').max(500),
  /**
   * Where the calendars are, when not on the same server (iCloud: caldav.icloud.com, Fastmail:
   * caldav.fastmail.com); empty: the same server. Same user name and password.
   */
  calendarServerUrl: z.string().trim().max(2000).default(''),
});
export type SyncCredentials = z.output<typeof SyncCredentialsSchema>;

export const CollectionSchema = z.object({
  url: z.string().max(2000),
  name: z.string().max(300),
});
export type Collection = z.output<typeof CollectionSchema>;

/** What a connection test found: the account's address books and calendars. */
export const DiscoverySchema = z.object({
  serverUrl: z.string(),
  addressBooks: z.array(CollectionSchema),
  calendars: z.array(CollectionSchema),
  /** The server offers vCard 4.0 (otherwise Netwell writes 3.0). */
  vcard4: z.boolean(),
});
export type Discovery = z.output<typeof DiscoverySchema>;

/** Use an existing collection (its URL), make a new one (its name), or none (calendars only). */
export const CollectionChoiceSchema = z.union([
  z.object({ url: z.string().trim().min(1).max(2000) }).strict(),
  z
    .object({ create: z.string().trim().min(1, 'Give the new collection a name.').max(100) })
    .strict(),
]);
export type CollectionChoice = z.output<typeof CollectionChoiceSchema>;

export const SyncOptionsSchema = z.object({
  /** Contacts' notes travel too (off: notes stay in Netwell). */
  syncNotes: z.boolean().default(false),
  /** The weekly networking windows as recurring events in the calendar. */
  syncWindows: z.boolean().default(false),
});
export type SyncOptions = z.output<typeof SyncOptionsSchema>;

export const SyncConnectInputSchema = SyncCredentialsSchema.extend({
  addressBook: CollectionChoiceSchema,
  calendar: CollectionChoiceSchema.nullable().default(null),
  options: SyncOptionsSchema.default({ syncNotes: false, syncWindows: false }),
}).strict();
export type SyncConnectInput = z.input<typeof SyncConnectInputSchema>;

/** The account as settings keep it: everything but the password. */
export const SyncAccountSchema = z.object({
  serverUrl: z.string().max(2000),
  /** The calendars' server, when it is not `serverUrl`. */
  calendarServerUrl: z.string().max(2000).nullable().default(null),
  username: z.string().max(200),
  addressBook: CollectionSchema,
  calendar: CollectionSchema.nullable().default(null),
  vcard4: z.boolean().default(false),
  /**
   * The user as the ORGANIZER of their meetings: the calendar server's address for them
   * (calendar-user-address-set), else the user name where it is an email address; null if neither.
   */
  organizer: z
    .object({ email: z.string().max(320), name: z.string().max(200) })
    .nullable()
    .default(null),
  options: SyncOptionsSchema.default({ syncNotes: false, syncWindows: false }),
  paused: z.boolean().default(false),
});
export type SyncAccount = z.output<typeof SyncAccountSchema>;

const CountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  deleted: z.number().int(),
});
export type SyncCounts = z.output<typeof CountsSchema>;

export const SyncRunSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  durationMs: z.number(),
  /** From the server into Netwell. */
  pulled: CountsSchema,
  /** From Netwell to the server. */
  pushed: CountsSchema,
});
export type SyncRun = z.output<typeof SyncRunSchema>;

export const SyncFailureSchema = z.object({
  /** A person's name, or the card's address on the server when it could not be read. */
  label: z.string(),
  reason: z.string(),
});
export type SyncFailure = z.output<typeof SyncFailureSchema>;

export const SyncConflictSchema = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  label: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  netwell: z.string(),
  server: z.string(),
});
export type SyncConflict = z.output<typeof SyncConflictSchema>;

export const PendingDeletionsSchema = z.object({
  /** Where the deletes would happen: in Netwell (deleted on the server) or on the server. */
  side: z.enum(['netwell', 'server']),
  count: z.number().int(),
  /** The first few names, to recognise them. */
  names: z.array(z.string()),
});
export type PendingDeletions = z.output<typeof PendingDeletionsSchema>;

export const SyncStateSchema = z.enum([
  'off',
  'idle',
  'syncing',
  'paused',
  'offline',
  /** No password at hand: kept in memory only and not given since the start, or the keychain lost it. */
  'needs-password',
  /** The server refused the password (changed or revoked). */
  'password-refused',
  'error',
]);
export type SyncStateName = z.output<typeof SyncStateSchema>;

export const SyncStatusSchema = z.object({
  account: SyncAccountSchema.nullable(),
  state: SyncStateSchema,
  /** Where the password is kept: the OS keychain, or this run's memory only. */
  passwordStorage: z.enum(['keychain', 'memory']),
  /** What the user can act on ("The server refused the password: …"), or null. */
  message: z.string().nullable(),
  lastRun: SyncRunSchema.nullable(),
  /** Items that could not be synced in the last run, with the reason. */
  failures: z.array(SyncFailureSchema),
  conflicts: z.array(SyncConflictSchema),
  pendingDeletions: PendingDeletionsSchema.nullable(),
  /** Local changes waiting for the server. */
  queued: z.number().int(),
  nextRunAt: z.string().nullable(),
});
export type SyncStatus = z.output<typeof SyncStatusSchema>;

export const ResolveConflictInputSchema = z
  .object({ id: z.string().min(1).max(400), keep: z.enum(['netwell', 'server']) })
  .strict();

export const ResolveAllConflictsInputSchema = z
  .object({ keep: z.enum(['netwell', 'server']) })
  .strict();

export const ConfirmDeletionsInputSchema = z
  .object({ decision: z.enum(['delete', 'keep']) })
  .strict();

export const syncCalls = {
  'sync.status': { input: z.object({}).strict().optional(), output: SyncStatusSchema },
  /** Test a connection: sign in, find the address books and calendars. Stores nothing. */
  'sync.discover': { input: SyncCredentialsSchema.strict(), output: DiscoverySchema },
  /** Save the account (password to the keychain), then sync. */
  'sync.connect': { input: SyncConnectInputSchema, output: SyncStatusSchema },
  'sync.now': { input: z.object({}).strict().optional(), output: SyncStatusSchema },
  'sync.pause': { input: z.object({ paused: z.boolean() }).strict(), output: SyncStatusSchema },
  'sync.setOptions': { input: SyncOptionsSchema.strict(), output: SyncStatusSchema },
  'sync.setPassword': {
    input: z.object({ password: SyncCredentialsSchema.shape.password }).strict(),
    output: SyncStatusSchema,
  },
  /** Forget the account and what was synced; nothing is deleted on either side. */
  'sync.disconnect': { input: z.object({}).strict().optional(), output: SyncStatusSchema },
  'sync.resolve': { input: ResolveConflictInputSchema, output: SyncStatusSchema },
  /** Every conflict settled the same way. */
  'sync.resolveAll': { input: ResolveAllConflictsInputSchema, output: SyncStatusSchema },
  'sync.confirmDeletions': { input: ConfirmDeletionsInputSchema, output: SyncStatusSchema },
};
