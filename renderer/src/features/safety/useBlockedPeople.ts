import type { ContactRow } from '../../../../electron/shared/contact-page';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

/** The blocked list shows this many; past that it says how many more (no one blocks hundreds). */
const BLOCKED_SHOWN = 200;

export interface BlockedState {
  ready: boolean;
  people: ContactRow[];
  /** Blocked people beyond the ones shown. */
  more: number;
}

async function refreshBlocked(): Promise<void> {
  const result = await netwell.contacts.page({
    query: '',
    filter: 'blocked',
    offset: 0,
    limit: BLOCKED_SHOWN,
  });
  if (!result.ok) return;
  const { rows, matches } = result.value;
  blockedStore.set({ ready: true, people: rows, more: matches - rows.length });
}

/** Blocked people, asked of the core on their own: never the whole address book. */
const blockedStore = createLiveStore<BlockedState>({ ready: false, people: [], more: 0 }, () => {
  void refreshBlocked();
  return netwell.on('contacts.changed', () => void refreshBlocked());
});

export function useBlockedPeople(): BlockedState {
  return useStore(blockedStore);
}
