import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import type { Store } from '../store/open-store';
import { crmChanged, type CrmDeps } from './crm-records';
import { InteractionsService } from './interactions/interactions-service';
import { IntroductionsService } from './interactions/introductions-service';
import { ReconnectService } from './keep-in-touch/reconnect-service';
import { AppointmentAlarm } from './meetings/appointment-alarm';
import { MeetingsService } from './meetings/meetings-service';
import type { AppointmentNotice } from './meetings/upcoming-appointments';
import { ContactFlagsService } from './profile/contact-flags-service';
import { ProfileService } from './profile/profile-service';
import { CommitmentsService } from './promises/commitments-service';
import { FollowUpsService } from './promises/follow-ups-service';
import { ReportsService } from './safety/reports-service';
import { TodayService } from './today/today-service';

export interface CrmOptions {
  store: Store;
  clock: Clock;
  bus: EventBus;
  timeZone: () => string;
  /** A real-world appointment notice (may arrive outside networking windows). */
  notifyAppointment: (notice: AppointmentNotice) => void;
  newId?: () => string;
}

/** The CRM's services, one job each, and the appointment timer's life cycle. */
export interface Crm {
  readonly profile: ProfileService;
  readonly flags: ContactFlagsService;
  readonly interactions: InteractionsService;
  readonly introductions: IntroductionsService;
  readonly reconnect: ReconnectService;
  readonly commitments: CommitmentsService;
  readonly followUps: FollowUpsService;
  readonly meetings: MeetingsService;
  readonly reports: ReportsService;
  readonly today: TodayService;
  /** Arms the appointment timer (once the boundaries run: a notice goes through them). */
  start(): void;
  /**
   * Computes ahead what the first pages opened ask for over all interactions (their grouping by
   * contact, the reconnect list), so that neither waits for it.
   */
  prepare(): void;
  /** After the data was replaced (a restore): every CRM view refreshes, the timer is re-armed. */
  reload(): void;
  dispose(): void;
}

/** Builds the CRM's services on one store, clock and bus; they share nothing else. */
export function createCrm(options: CrmOptions): Crm {
  const { notifyAppointment, ...rest } = options;
  const deps: CrmDeps = { ...rest, newId: options.newId ?? (() => globalThis.crypto.randomUUID()) };
  const interactions = new InteractionsService(deps);
  const alarm = new AppointmentAlarm({ ...deps, notifyAppointment });
  const reconnect = new ReconnectService({ ...deps, interactions });
  return {
    profile: new ProfileService(deps),
    flags: new ContactFlagsService(deps),
    interactions,
    introductions: new IntroductionsService(deps),
    reconnect,
    commitments: new CommitmentsService(deps),
    followUps: new FollowUpsService(deps),
    meetings: new MeetingsService({ ...deps, alarm }),
    reports: new ReportsService(deps),
    today: new TodayService(deps),
    start: () => alarm.arm(),
    prepare: () => void reconnect.due(),
    reload: () => {
      crmChanged(deps.bus, []);
      alarm.arm();
    },
    dispose: () => alarm.dispose(),
  };
}
