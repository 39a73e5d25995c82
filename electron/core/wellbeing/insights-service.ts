import type { Insights, InsightsRange } from '../../shared/wellbeing';
import type { Clock } from '../clock';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import { computeInsights } from './insights';
import { insightsCsv } from './insights-csv';

export interface InsightsDeps {
  clock: Clock;
  store: Store;
  settings: SettingsStore;
  timeZone: () => string;
}

/** Time spent, energy and outcomes over a range, on screen or as a CSV file. */
export class InsightsService {
  constructor(private readonly deps: InsightsDeps) {}

  compute(range: InsightsRange): Insights {
    const d = this.deps.store.read();
    const { dailyBudgetMin, weeklyBudgetMin } = this.deps.settings.get().boundaries;
    return computeInsights({
      range,
      now: this.deps.clock.now(),
      timeZone: this.deps.timeZone(),
      usage: d.boundaries.usage,
      sessions: d.sessions,
      checkIns: d.checkIns,
      interactions: d.interactions,
      meetings: d.meetings,
      invitations: d.invitations,
      dailyBudgetMin,
      weeklyBudgetMin,
    });
  }

  exportCsv(range: InsightsRange): { fileName: string; csv: string } {
    const insights = this.compute(range);
    return { fileName: `netwell-insights-${insights.to}-${range}.csv`, csv: insightsCsv(insights) };
  }
}
