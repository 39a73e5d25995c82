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
