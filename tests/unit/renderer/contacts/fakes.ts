/** A scripted core for the renderer's Contacts list: answers when the test says. */
import type { NetwellApi } from '../../../../electron/shared/api';
import type { ContactPage } from '../../../../electron/shared/contact-page';
import type { Result } from '../../../../electron/shared/result';
import type { SearchEntries, SearchEntry } from '../../../../electron/shared/search/search-entry';

type Core = Pick<NetwellApi['contacts'], 'page' | 'matchIds'>;
type PageRequest = NonNullable<Parameters<Core['page']>[0]>;

export interface PendingPage {
  request: PageRequest;
  answer(result: Result<ContactPage>): Promise<void>;
}

/** Lets every promise chain waiting on an answer run. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function fakeCore() {
  const pages: PendingPage[] = [];
  const idQueries: unknown[] = [];
  const listeners = new Set<() => void>();
  const core: Core = {
    page: (request) =>
      new Promise((resolve) => {
        pages.push({
          request: request ?? {},
          answer: async (result) => {
            resolve(result);
            await settled();
          },
        });
      }),
    matchIds: (request) => {
      idQueries.push(request);
      return Promise.resolve({ ok: true, value: ['from-core'] });
    },
  };
  return {
    core,
    pages,
    idQueries,
    onContactsChanged(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    contactsChanged: () => listeners.forEach((listener) => listener()),
  };
}

export function entry(id: string, name: string): SearchEntry {
  return { id, name, company: '', role: '', text: name.toLowerCase() };
}

/** The whole copy in one part. */
export function wholeCopy(version: string, entries: SearchEntry[]): SearchEntries {
  return { version, full: true, offset: 0, total: entries.length, entries };
}

export function pageOf(ids: string[], matches = ids.length, offset = 0): Result<ContactPage> {
  return {
    ok: true,
    value: {
      matches,
      offset,
      rows: ids.map((id) => ({ id, name: id, company: '', role: '', favourite: false })),
      counts: { active: matches, favourites: 0, archived: 0, blocked: 0 },
    },
  };
}
