import { useEffect, useState } from 'react';
import type { ContactFilter, ContactRow } from '../../../../electron/shared/contact-page';
import { netwell } from '../../bridge/netwell';

export interface PeopleSearch {
  /** The first matches, without the excluded. */
  rows: ContactRow[];
  /** How many people the filter holds at all (0: nobody to choose from yet). */
  total: number;
  ready: boolean;
}

/**
 * A few people matching `query`, searched by the core (the same search as the Contacts page),
 * for pickers that add people to something: at 30,000 contacts the renderer never holds them all.
 */
export function usePeopleSearch(
  query: string,
  exclude: readonly string[],
  { limit = 8, filter = 'active' }: { limit?: number; filter?: ContactFilter } = {},
): PeopleSearch {
  const [found, setFound] = useState<PeopleSearch>({ rows: [], total: 0, ready: false });
  const excludeKey = exclude.join('\n');
  useEffect(() => {
    let live = true;
    const skip = new Set(excludeKey ? excludeKey.split('\n') : []);
    const load = () =>
      void netwell.contacts
        .page({ query, filter, offset: 0, limit: Math.min(500, limit + skip.size) })
        .then((result) => {
          if (!live || !result.ok) return;
          const { rows, counts } = result.value;
          setFound({
            rows: rows.filter((row) => !skip.has(row.id)).slice(0, limit),
            total:
              filter === 'everyone'
                ? counts.active + counts.archived + counts.blocked
                : counts[filter],
            ready: true,
          });
        });
    load();
    const off = netwell.on('contacts.changed', load);
    return () => {
      live = false;
      off();
    };
  }, [query, excludeKey, limit, filter]);
  return found;
}
