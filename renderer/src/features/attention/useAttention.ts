import type { CrmContact } from '../../../../electron/shared/crm/contact-crm-fields';
import type { ReportLogEntry } from '../../../../electron/shared/crm/report-log';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export type ReportWithPage = ReportLogEntry & { reportPage: string | null };

export interface ReportsState {
  status: 'loading' | 'ready' | 'error';
  reports: ReportWithPage[];
  error?: string;
}

async function refreshReports(): Promise<void> {
  const result = await netwell.reports.list();
  if (!result.ok) {
    reportsStore.set((s) => ({ ...s, status: 'error', error: result.error.message }));
    return;
  }
  // Newest first: the day it happened, then when it was written down.
  const reports = [...result.value].sort(
    (a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt),
  );
  reportsStore.set({ status: 'ready', reports });
}

/** The private report log, fetched again whenever the CRM changes. */
const reportsStore = createLiveStore<ReportsState>({ status: 'loading', reports: [] }, () => {
  void refreshReports();
  return netwell.on('crm.changed', () => void refreshReports());
});

export function useReports(): ReportsState {
  return useStore(reportsStore);
}

export { refreshReports };

export interface People {
  ready: boolean;
  /** Everyone a report can be about: active, archived and blocked. */
  all: CrmContact[];
  blocked: CrmContact[];
}

async function refreshPeople(): Promise<void> {
  const [active, archived, blocked] = await Promise.all([
    netwell.contacts.list(),
    netwell.contacts.list({ filter: 'archived' }),
    netwell.contacts.list({ filter: 'blocked' }),
  ]);
  const b = blocked.ok ? blocked.value : [];
  const all = [...(active.ok ? active.value : []), ...(archived.ok ? archived.value : []), ...b];
  all.sort((x, y) => x.name.localeCompare(y.name));
  peopleStore.set({ ready: true, all, blocked: b });
}

const peopleStore = createLiveStore<People>({ ready: false, all: [], blocked: [] }, () => {
  void refreshPeople();
  return netwell.on('contacts.changed', () => void refreshPeople());
});

export function useAttentionPeople(): People {
  return useStore(peopleStore);
}

export { refreshPeople };
