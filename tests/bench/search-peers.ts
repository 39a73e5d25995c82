/**
 * The baselines for Netwell's search, in the same run: the same contacts and the same queries
 * through MiniSearch and FlexSearch, the two well-kept JavaScript search libraries a maintainer
 * would reach for. Each is configured fairly for the job: the same fields (name, company, role,
 * tags, emails), the same accent and case folding (Netwell's `fold`), prefix search (a typed
 * "mari" finds María), every query word required, no result limit (Netwell returns every match)
 * and no query cache (Netwell has none). Their indexes are built before timing, as Netwell's is.
 */
import { Encoder, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Contact } from '../../electron/shared/contact';
import { fold } from '../../electron/shared/text';
import { measure } from './stats';

const textOf = (c: Contact) => [c.name, c.company, c.role, ...c.tags, ...c.emails].join(' ');

function miniSearchOver(contacts: readonly Contact[]) {
  const index = new MiniSearch<Contact>({
    fields: ['name', 'company', 'role', 'tags', 'emails'],
    extractField: (c, field) => {
      const value = c[field as keyof Contact];
      return Array.isArray(value) ? value.join(' ') : String(value);
    },
    processTerm: (term) => fold(term),
    searchOptions: { prefix: true, combineWith: 'AND' },
  });
  index.addAll(contacts);
  return (query: string) => index.search(query).length;
}

function flexSearchOver(contacts: readonly Contact[]) {
  // "forward": every prefix of every word is indexed, FlexSearch's prefix search.
  const index = new Index({ tokenize: 'forward', encoder: new Encoder({ normalize: fold }) });
  contacts.forEach((c, i) => index.add(i, textOf(c)));
  return (query: string) => index.search(query, { limit: contacts.length }).length;
}

export interface PeerFigures {
  p50: number;
  p95: number;
  /** Matches summed over one pass of the queries: the peers answer the same question. */
  matches: number;
}

function timed(search: (query: string) => number, queries: readonly string[]): PeerFigures {
  const matches = queries.reduce((sum, q) => sum + search(q), 0);
  let q = 0;
  return { ...measure(() => void search(queries[q++ % queries.length]!), 300), matches };
}

export function peerSearches(
  contacts: readonly Contact[],
  queries: readonly string[],
): { minisearch: PeerFigures; flexsearch: PeerFigures } {
  return {
    minisearch: timed(miniSearchOver(contacts), queries),
    flexsearch: timed(flexSearchOver(contacts), queries),
  };
}
