import type { CoffeeSuggestion, EventWithGuests } from '../../../../electron/shared/crm/crm-views';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export interface EventsState {
  status: 'loading' | 'ready' | 'error';
  events: EventWithGuests[];
  /** Coffee ideas; those with an `event` are people who live where that event is. */
  suggestions: CoffeeSuggestion[];
  error?: string;
}

let latest = 0;

async function refresh(): Promise<void> {
  const request = ++latest;
  const [result, suggestions] = await Promise.all([
    netwell.events.list(),
    netwell.meetings.suggestions(),
  ]);
  if (request !== latest) return;
  if (!result.ok) {
    eventsStore.set((s) => ({ ...s, status: 'error', error: result.error.message }));
    return;
  }
  eventsStore.set({
    status: 'ready',
    events: result.value,
    suggestions: suggestions.ok ? suggestions.value : [],
  });
}

/**
 * Events with their guest lists and the coffee ideas around them, fetched again whenever the CRM
 * or the contacts change.
 */
const initial: EventsState = { status: 'loading', events: [], suggestions: [] };
const eventsStore = createLiveStore<EventsState>(initial, () => {
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
