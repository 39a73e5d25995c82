import { SocialPlatformSchema } from '../../shared/crm/crm-common';
import type { Guidance, GuidanceAction, GuidanceId } from '../../shared/wellbeing';
import type { ScheduleService } from '../boundaries/schedule-service';
import type { SiteBreaks } from '../boundaries/site-breaks';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import { guidance } from './guidance-rules';
import { shortenWindows } from './shorten-windows';
import { wellbeingChanged } from './wellbeing-records';

export interface GuidanceDeps {
  clock: Clock;
  store: Store;
  settings: SettingsStore;
  bus: EventBus;
  timeZone: () => string;
  /** The one-click actions guidance offers, carried out by the boundaries. */
  schedule: Pick<ScheduleService, 'save' | 'takeDaysOff'>;
  breaks: Pick<SiteBreaks, 'takePlatformBreak'>;
}

type ActionResult = { message: string; route?: 'meetings' };

/** Suggestions drawn from the check-ins and usage: listed, dismissed for good, or acted on. */
export class GuidanceService {
  constructor(private readonly deps: GuidanceDeps) {}

  list(): Guidance[] {
    const d = this.deps.store.read();
    const settings = this.deps.settings.get();
    return guidance({
      now: this.deps.clock.now(),
      timeZone: this.deps.timeZone(),
      checkIns: d.checkIns,
      usage: d.boundaries.usage,
      dailyBudgetMin: settings.boundaries.dailyBudgetMin,
      interactions: d.interactions,
      meetings: d.meetings,
      reportLog: d.reportLog,
      settings: settings.wellbeing,
    });
  }

  dismiss(id: GuidanceId): Guidance[] {
    const settings = this.deps.settings.get();
    const dismissed = [...new Set([...settings.wellbeing.dismissedGuidance, id])];
    this.deps.settings.set({
      ...settings,
      wellbeing: { ...settings.wellbeing, dismissedGuidance: dismissed },
    });
    return this.list();
  }

  /** Carries out one of a suggestion's actions; returns what happened, in words. */
  async actOn(id: GuidanceId, type: GuidanceAction['type']): Promise<ActionResult> {
    const found = this.list().find((g) => g.id === id);
    const action = found?.actions.find((a) => a.type === type);
    if (!found || !action)
      throw new UserError('not_found', 'That suggestion no longer applies. Nothing was changed.');
    const result = await this.carryOut(action);
    const settings = this.deps.settings.get();
    this.deps.settings.set({
      ...settings,
      wellbeing: {
        ...settings.wellbeing,
        actedOn: { ...settings.wellbeing.actedOn, [id]: this.deps.clock.now().toISOString() },
      },
    });
    wellbeingChanged(this.deps.bus);
    return result;
  }

  private async carryOut(action: GuidanceAction): Promise<ActionResult> {
    switch (action.type) {
      case 'shorten-windows': {
        const doc = this.deps.settings.get().schedule;
        const windows = shortenWindows(doc.schedule.windows, action.percent);
        this.deps.schedule.save({ ...doc, schedule: { ...doc.schedule, windows } });
        return { message: `Your weekly windows are now ${action.percent}% shorter.` };
      }
      case 'day-off':
        this.deps.schedule.takeDaysOff(1, 'a rest day');
        return { message: 'Today is a day off. Enjoy it.' };
      case 'propose-coffee':
        return { message: 'Pick someone to meet for a coffee.', route: 'meetings' };
      case 'platform-break':
        await this.deps.breaks.takePlatformBreak(
          SocialPlatformSchema.parse(action.platform),
          action.days,
        );
        return { message: `A ${action.days}-day break from ${action.platform} has started.` };
    }
  }
}
