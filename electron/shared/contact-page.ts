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

/**
 * Whether a list shows a person: 'active' and 'favourites' never show the blocked or archived,
 * 'archived' shows archived people who are not blocked, 'blocked' is the one place blocked people
 * can be found (to unblock, or to check a report). One rule for the core and the renderer's copy;
 * plain arguments, as it is asked of every person whenever the list changes.
 */
export function listedIn(
  filter: ContactFilter,
  favourite: boolean,
  archived: boolean,
  blocked: boolean,
): boolean {
  switch (filter) {
    case 'active':
      return !blocked && !archived;
    case 'favourites':
      return !blocked && !archived && favourite;
    case 'archived':
      return archived && !blocked;
    case 'blocked':
      return blocked;
    case 'everyone':
      return true;
  }
}

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

/** How many of `people` each list shows, by the same `shownBy` the lists use. */
export function countsBy<T>(
  people: readonly T[],
  shownBy: (filter: ContactFilter) => (person: T) => boolean,
): ContactCounts {
  const counts: ContactCounts = { active: 0, favourites: 0, archived: 0, blocked: 0 };
  const filters = (['active', 'favourites', 'archived', 'blocked'] as const).map(
    (filter) => [filter, shownBy(filter)] as const,
  );
  for (const person of people) {
    for (const [filter, shown] of filters) if (shown(person)) counts[filter]++;
  }
  return counts;
}

export interface ContactPage {
  /** How many match the search and filter in all. */
  matches: number;
  offset: number;
  rows: ContactRow[];
  counts: ContactCounts;
}
