import { useEffect } from 'react';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

/** Every id a page has asked a name for, so a change to the contacts can refresh them all. */
const asked = new Set<string>();
/** Bumped when the contacts change: answers to an older question are dropped. */
let generation = 0;

function fetchNames(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const mine = generation;
  void netwell.contacts.names({ ids: [...ids] }).then((result) => {
    if (mine !== generation || !result.ok) return;
    namesStore.set((previous) => {
      const next = new Map(previous);
      for (const id of ids) {
        const name = result.value[id];
        if (name === undefined) next.delete(id);
        else next.set(id, name);
      }
      return next;
    });
  });
}

function refreshAll(): void {
  generation++;
  fetchNames([...asked]);
}

const namesStore = createLiveStore<ReadonlyMap<string, string>>(new Map(), () => {
  // No one listened while no page showed names: what was asked may have been renamed or deleted.
  refreshAll();
  return netwell.on('contacts.changed', refreshAll);
});

/**
 * The names of the contacts a page shows (a meeting's people, an event's guests, a report's
 * subject), asked of the core for just those ids: at 30,000 contacts a page must not load them
 * all to print a few names. Ids with no contact (deleted) have no entry.
 */
export function useContactNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const key = [...new Set(ids)].sort().join('\n');
  useEffect(() => {
    const wanted = key ? key.split('\n').filter((id) => !asked.has(id)) : [];
    for (const id of wanted) asked.add(id);
    fetchNames(wanted);
  }, [key]);
  return useStore(namesStore);
}
