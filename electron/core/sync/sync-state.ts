import { z } from 'zod';

/**
 * What sync remembers between runs, per account (`netwell-sync.json` in the data folder): for each
 * item on the server, where it is, its ETag as the server sent it, the Netwell record it is, the
 * fields both sides agreed on at the last sync (the base of three-way merges) and the server's
 * text as last seen (patched, not rewritten, when Netwell changes a field). No password.
 */

export const LinkedItemSchema = z.object({
  href: z.string(),
  etag: z.string(),
  /** The Netwell record: a contact's id, a meeting's or an event's id. */
  localId: z.string(),
  uid: z.string(),
  /** Fields both sides held at the last sync (a JSON value the collection's mapper defines). */
  base: z.unknown(),
  raw: z.string(),
});
export type LinkedItem = z.output<typeof LinkedItemSchema>;

export const StoredConflictSchema = z.object({
  href: z.string(),
  localId: z.string(),
  field: z.string(),
  netwell: z.string(),
  server: z.string(),
});
export type StoredConflict = z.output<typeof StoredConflictSchema>;

/** Deletes held until the user says (more than a handful, or most of the collection). */
export const HeldDeletionsSchema = z.object({
  side: z.enum(['netwell', 'server']),
  hrefs: z.array(z.string()),
  names: z.array(z.string()),
  /** Set when the user said "delete them": the next run applies exactly these. */
  approved: z.boolean().default(false),
});
export type HeldDeletions = z.output<typeof HeldDeletionsSchema>;

/** An item on the server Netwell could not read or save, kept until it changes. */
export const FailingItemSchema = z.object({
  key: z.string(),
  label: z.string(),
  reason: z.string(),
  /** The server's ETag when it failed: the item is tried again once it changes. */
  etag: z.string().nullable().default(null),
});
export type FailingItem = z.output<typeof FailingItemSchema>;

export const CollectionStateSchema = z.object({
  url: z.string(),
  token: z.string().nullable().default(null),
  items: z.array(LinkedItemSchema).default([]),
  conflicts: z.array(StoredConflictSchema).default([]),
  held: HeldDeletionsSchema.nullable().default(null),
  /**
   * Netwell made this collection when connecting and has written nothing to it yet: the first run
   * may fill it in one request where the server allows that (DavSession.fillNewCollection).
   */
  fresh: z.boolean().default(false),
  failing: z.array(FailingItemSchema).default([]),
});
export type CollectionState = z.output<typeof CollectionStateSchema>;

/** A networking window published to the calendar (windows-publisher.ts). */
export const PublishedWindowSchema = z.object({
  uid: z.string(),
  href: z.string(),
  etag: z.string(),
  ics: z.string(),
});
export type PublishedWindow = z.output<typeof PublishedWindowSchema>;

export const SyncStateFileSchema = z.object({
  format: z.literal('netwell-sync'),
  version: z.literal(1),
  /** The account these collections belong to: a different one starts afresh. */
  account: z.string(),
  contacts: CollectionStateSchema.nullable().default(null),
  calendar: CollectionStateSchema.nullable().default(null),
  windows: z.array(PublishedWindowSchema).default([]),
});
export type SyncStateFile = z.output<typeof SyncStateFileSchema>;

export const emptyCollectionState = (url: string): CollectionState => ({
  url,
  token: null,
  items: [],
  conflicts: [],
  held: null,
  failing: [],
  fresh: false,
});
