import type { BoundaryStatus } from '../../shared/boundaries';
import type { SocialPlatform } from '../../shared/crm/crm-common';
import type { Clock } from '../clock';
import { platformBreak, type PlatformLock } from '../crm/safety/platform-break';
import type { SettingsStore } from '../settings/settings-store';
import type { StoreWrites } from '../store/store-writes';
import type { StatusService } from './status-service';

/** Breaks from some sites (a platform) for days: those sites stay locked, whatever the windows say. */
export class SiteBreaks {
  constructor(
    private readonly deps: {
      clock: Clock;
      settings: Pick<SettingsStore, 'get'>;
      writes: StoreWrites;
      timeZone: () => string;
      status: Pick<StatusService, 'get' | 'recompute'>;
      /** Takes the site off the screen before its break begins. */
      hideWorkspace: () => void;
    },
  ) {}

  /** Locks a platform's sites until the start of the local day `days` days from today. */
  async takePlatformBreak(platform: SocialPlatform, days: number): Promise<PlatformLock> {
    const lock = platformBreak(
      platform,
      this.deps.settings.get().sites,
      days,
      this.deps.clock.now(),
      this.deps.timeZone(),
    );
    this.deps.hideWorkspace();
    await this.take(lock.siteIds, lock.until);
    return lock;
  }

  /** Locks these sites until `until`, whatever the windows say. */
  async take(siteIds: string[], until: string): Promise<BoundaryStatus> {
    await this.deps.writes.update((d) => {
      const kept = d.boundaries.siteBreaks.filter((b) => !siteIds.includes(b.siteId));
      d.boundaries.siteBreaks = [...kept, ...siteIds.map((siteId) => ({ siteId, until }))];
    });
    return this.deps.status.recompute();
  }

  async end(siteIds: string[]): Promise<BoundaryStatus> {
    await this.deps.writes.update((d) => {
      d.boundaries.siteBreaks = d.boundaries.siteBreaks.filter((b) => !siteIds.includes(b.siteId));
    });
    return this.deps.status.recompute();
  }

  /** The ids of the sites on a break now. */
  onBreak(): string[] {
    return this.deps.status.get().siteBreaks.map((b) => b.siteId);
  }

  /** When the site's break ends, or null when it may be shown now. */
  breakUntil(siteId: string): string | null {
    return this.deps.status.get().siteBreaks.find((b) => b.siteId === siteId)?.until ?? null;
  }
}
