import type { ReportLogEntry } from '../../../shared/crm/report-log';
import { updateOnce, type CreateRequest } from '../../store/recent-requests';
import { crmChanged, notFound, type CrmDeps } from '../crm-records';
import { reportPage } from './report-pages';

/** The private log of unwanted attention, each entry with the platform's page to report it on. */
export class ReportsService {
  constructor(private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus' | 'newId'>) {}

  list(): Array<ReportLogEntry & { reportPage: string | null }> {
    return [...this.deps.store.read().reportLog]
      .sort((a, b) => (a.on < b.on ? 1 : -1))
      .map((entry) => ({
        ...entry,
        reportPage: entry.platform === 'other' ? null : (reportPage(entry.platform)?.url ?? null),
      }));
  }

  async add(
    entry: Omit<ReportLogEntry, 'id' | 'createdAt'>,
    request?: CreateRequest,
  ): Promise<ReportLogEntry> {
    const { store, clock, bus, newId } = this.deps;
    const record: ReportLogEntry = { ...entry, id: newId(), createdAt: clock.now().toISOString() };
    const stored = await updateOnce(store, request, (d) => {
      d.reportLog.push(record);
      return record;
    });
    crmChanged(bus, stored.contactId ? [stored.contactId] : []);
    return stored;
  }

  async remove(id: string): Promise<ReportLogEntry> {
    const removed = await this.deps.store.update((d) => {
      const found = d.reportLog.find((r) => r.id === id);
      if (!found) throw notFound('report');
      d.reportLog = d.reportLog.filter((r) => r.id !== id);
      return found;
    });
    crmChanged(this.deps.bus, []);
    return removed;
  }
}
