import type { ReconnectItem } from '../../shared/crm/crm-views';
import type { WeeklyReview } from '../../shared/wellbeing';
import type { Clock } from '../clock';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import { scheduleInput } from './schedule-input';
import { weeklyReview } from './weekly-review';

export interface WeeklyReviewDeps {
  clock: Clock;
  store: Store;
  settings: SettingsStore;
  timeZone: () => string;
  reconnect: () => readonly ReconnectItem[];
}

/** The weekly review page: this week's time, wins, who to reconnect with, next week's windows. */
export class WeeklyReviewService {
  constructor(private readonly deps: WeeklyReviewDeps) {}

  current(): WeeklyReview {
    const d = this.deps.store.read();
    const settings = this.deps.settings.get();
    return weeklyReview({
      now: this.deps.clock.now(),
      schedule: scheduleInput(this.deps.settings, this.deps.timeZone),
      data: d,
      sessions: d.sessions,
      checkIns: d.checkIns,
      reconnect: this.deps.reconnect(),
      weeklyBudgetMin: settings.boundaries.weeklyBudgetMin,
      reviewTime: settings.wellbeing.reviewTime,
    });
  }
}
