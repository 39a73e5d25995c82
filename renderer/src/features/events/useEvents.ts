import type { CrmContact } from '../../../../electron/shared/crm/contact-crm-fields';
import type { EventWithGuests } from '../../../../electron/shared/crm/crm-views';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export interface EventsState {
  status: 'loading' | 'ready' | 'error';
  events: EventWithGuests[];
  error?: string;
}

let latest = 0;

async function refresh(): Promise<void> {
  const request = ++latest;
  const result = await netwell.events.list();
  if (request !== latest) return;
  if (!result.ok) {
    eventsStore.set((s) => ({ ...s, status: 'error', error: result.error.message }));
    return;
  }
  eventsStore.set({ status: 'ready', events: result.value });
}

/** Events with their guest lists, fetched again whenever the CRM or the contacts change. */
const eventsStore = createLiveStore<EventsState>({ status: 'loading', events: [] }, () => {
  void refresh();
  const offs = [
    netwell.on('crm.changed', () => void refresh()),
    netwell.on('contacts.changed', () => void refresh()),
  ];
  return () => offs.forEach((off) => off());
});

export function useEvents(): EventsState {
  return useStore(eventsStore);
}

export { refresh as refreshEvents };

export interface Guests {
  /** Contacts one can invite (not archived, not blocked). */
  active: CrmContact[];
  /** Everyone with a name to show (active, archived and blocked). */
  names: ReadonlyMap<string, string>;
}

async function refreshGuests(): Promise<void> {
  const [active, archived, blocked] = await Promise.all([
    netwell.contacts.list(),
    netwell.contacts.list({ filter: 'archived' }),
    netwell.contacts.list({ filter: 'blocked' }),
  ]);
  if (!active.ok) return;
  const everyone = [
    ...active.value,
    ...(archived.ok ? archived.value : []),
    ...(blocked.ok ? blocked.value : []),
  ];
  guestsStore.set({ active: active.value, names: new Map(everyone.map((c) => [c.id, c.name])) });
}

const guestsStore = createLiveStore<Guests>({ active: [], names: new Map() }, () => {
  void refreshGuests();
  return netwell.on('contacts.changed', () => void refreshGuests());
});

export function useGuests(): Guests {
  return useStore(guestsStore);
}
