/**
 * The renderer's read-only copy of what the contacts list searches and shows, so a keystroke is
 * answered in the page with no round trip to the core. About 6 MB at 30,000 contacts, sent in
 * parts; after the first load only what changed is sent.
 */

/** One contact as the list needs it. */
export interface SearchEntry {
  id: string;
  name: string;
  company: string;
  role: string;
  /** Only when true, to keep 30,000 of these small. */
  favourite?: true;
  archived?: true;
  /** When they were blocked: only on blocked people. */
  blockedOn?: string;
  /** What search looks in, folded (see `SearchTextOf`): the core's own index text. */
  text: string;
}

/**
 * The copy as of `version` (an opaque token for one state of the core's contacts): a part of every
 * entry in list order (`entries` from `offset`, of `total`: a whole copy comes in parts, so no
 * single message holds the page up), or what changed since the version the renderer asked from.
 */
export type SearchEntries =
  | { version: string; full: true; offset: number; total: number; entries: SearchEntry[] }
  | { version: string; full: false; changed: SearchEntry[]; removed: string[] };

/** What the renderer asks: everything, the changes since a version, or a next part. */
export interface SearchEntriesRequest {
  since?: string;
  part?: { version: string; offset: number };
}
