import { z } from 'zod';

/**
 * Which people a list shows: blocked people only ever under "blocked", and "everyone" (for
 * choosing who a report is about) also holds the archived and the blocked.
 */
export const ContactFilterSchema = z.enum([
  'active',
  'favourites',
  'archived',
  'blocked',
  'everyone',
]);
export type ContactFilter = z.output<typeof ContactFilterSchema>;

/** A search over the contacts, as the list and "select all" ask for it. */
export const ContactQuerySchema = z
  .object({
    query: z.string().max(200, 'Search is at most 200 characters.').default(''),
    filter: ContactFilterSchema.default('active'),
  })
  .strict();

/**
 * One slice of the results: the list is virtualised, so it asks only for the rows it shows. At
 * 30,000 contacts, sending every full record on each keystroke would cost more than a frame.
 */
export const ContactPageRequestSchema = ContactQuerySchema.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
}).strict();

/** What a list row shows. */
export interface ContactRow {
  id: string;
  name: string;
  company: string;
  role: string;
  favourite: boolean;
  /** When they were blocked: only on blocked people's rows (the blocked list shows the day). */
  blockedOn?: string;
}

/** How many people each filter holds, whatever the search. */
export interface ContactCounts {
  active: number;
  favourites: number;
  archived: number;
  blocked: number;
}

export interface ContactPage {
  /** How many match the search and filter in all. */
  matches: number;
  offset: number;
  rows: ContactRow[];
  counts: ContactCounts;
}
