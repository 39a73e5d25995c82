import type { Meeting } from '../../../../electron/shared/crm/meeting';
import type { Clash, CoffeeSuggestion } from '../../../../electron/shared/crm/crm-views';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export interface MeetingsState {
  status: 'loading' | 'ready' | 'error';
  meetings: Meeting[];
  clashes: Clash[];
  suggestions: CoffeeSuggestion[];
  error?: string;
}

let latest = 0;

async function refresh(): Promise<void> {
  const request = ++latest;
  const [list, suggestions] = await Promise.all([
    netwell.meetings.list(),
    netwell.meetings.suggestions(),
  ]);
  if (request !== latest) return;
  if (!list.ok) {
    meetingsStore.set((s) => ({ ...s, status: 'error', error: list.error.message }));
    return;
  }
  meetingsStore.set({
    status: 'ready',
    meetings: list.value.meetings,
    clashes: list.value.clashes,
    suggestions: suggestions.ok ? suggestions.value : [],
  });
}

/** Meetings, their clashes and coffee suggestions, fetched again whenever the CRM changes. */
const meetingsStore = createLiveStore<MeetingsState>(
  { status: 'loading', meetings: [], clashes: [], suggestions: [] },
  () => {
    void refresh();
    const offs = [
      netwell.on('crm.changed', () => void refresh()),
      netwell.on('contacts.changed', () => void refresh()),
    ];
    return () => offs.forEach((off) => off());
  },
);

export function useMeetings(): MeetingsState {
  return useStore(meetingsStore);
}

export { refresh as refreshMeetings };
