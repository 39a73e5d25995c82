import { describe, expect, it } from 'vitest';
import type {
  SearchEntries,
  SearchEntriesRequest,
} from '../../../../electron/shared/search/search-entry';
import { createSearchCopySync } from '../../../../renderer/src/features/contacts/searchCopySync';
import { entry, fakeCore, settled, wholeCopy } from './fakes';

/** A core whose `searchEntries` answers when the test says. */
function scripted() {
  const asks: { request: SearchEntriesRequest; answer(value: SearchEntries | null): void }[] = [];
  const fake = fakeCore();
  const sync = createSearchCopySync({
    ask: (request) => new Promise((resolve) => asks.push({ request, answer: resolve })),
    onContactsChanged: fake.onContactsChanged,
    pause: () => Promise.resolve(),
  });
  return { asks, sync, contactsChanged: fake.contactsChanged };
}

const changes = (version: string): SearchEntries => ({
  version,
  full: false,
  changed: [entry('2', 'Ben Okafor')],
  removed: [],
});

describe('keeping the page’s search copy current', () => {
  it('loads the whole copy first, then asks only for what changed since its version', async () => {
    const { asks, sync } = scripted();
    const first = sync.sync();
    expect(asks[0]!.request).toEqual({});
    asks[0]!.answer(wholeCopy('v1', [entry('1', 'Ana Lima')]));
    await first;
    expect(sync.copy.get()?.version).toBe('v1');

    const second = sync.sync();
    expect(asks[1]!.request).toEqual({ since: 'v1' });
    asks[1]!.answer(changes('v2'));
    await second;
    expect(sync.copy.get()?.entries.map((e) => e.id)).toEqual(['1', '2']);
  });

  it('folds the calls made while one is under way into one more round', async () => {
    const { asks, sync } = scripted();
    const first = sync.sync();
    const second = sync.sync();
    const third = sync.sync();
    expect(second).toBe(first);
    expect(third).toBe(first);
    asks[0]!.answer(wholeCopy('v1', [entry('1', 'Ana Lima')]));
    await settled();
    expect(asks).toHaveLength(2);
    asks[1]!.answer(changes('v2'));
    await first;
    expect(asks).toHaveLength(2);
    expect(sync.copy.get()?.version).toBe('v2');
  });

  it('keeps the copy as it was when the core cannot be asked', async () => {
    const { asks, sync } = scripted();
    const first = sync.sync();
    asks[0]!.answer(null);
    await first;
    expect(sync.copy.get()).toBeNull();
  });

  it('once started, follows every change to the contacts, listening only once', async () => {
    const { asks, sync, contactsChanged } = scripted();
    sync.start();
    asks[0]!.answer(wholeCopy('v1', []));
    await settled();
    sync.start();
    asks[1]!.answer(changes('v2'));
    await settled();
    contactsChanged();
    expect(asks).toHaveLength(3);
    expect(asks[2]!.request).toEqual({ since: 'v2' });
  });
});
