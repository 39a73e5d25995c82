import type { WorkspaceSite } from '../../shared/boundaries';
import { UserError } from '../errors';
import type { WorkspacePort } from '../ports';
import type { SettingsStore } from '../settings/settings-store';
import { dayLabel } from './format-time';
import type { SiteBreaks } from './site-breaks';
import type { StatusService } from './status-service';

type Bounds = Parameters<WorkspacePort['show']>[1];

/** The networking sites on screen: shown only while the boundaries allow, and locked by the host. */
export class WorkspaceService {
  constructor(
    private readonly deps: {
      settings: Pick<SettingsStore, 'get'>;
      workspace: WorkspacePort;
      timeZone: () => string;
      status: Pick<StatusService, 'get'>;
      breaks: Pick<SiteBreaks, 'onBreak' | 'breakUntil'>;
    },
  ) {}

  /** Shows a site, unless the workspace is locked or the site is on a break (said in words). */
  show(siteId: string, bounds: Bounds): { embedded: boolean } {
    const { access } = this.deps.status.get();
    if (!access.open) throw new UserError('forbidden', this.deps.status.get().access.message);
    const breakUntil = this.deps.breaks.breakUntil(siteId);
    if (breakUntil) {
      throw new UserError(
        'forbidden',
        `You are taking a break from ${this.site(siteId).name} until ${dayLabel(new Date(breakUntil), this.deps.timeZone())}. It will be here when you are back.`,
      );
    }
    return { embedded: this.deps.workspace.show(this.site(siteId), bounds) };
  }

  hide(): void {
    this.deps.workspace.hide();
  }

  /** Tells the host the lock again, for sites that changed (settings) or were read anew (restore). */
  reapplyAccess(): void {
    this.deps.workspace.applyAccess(
      this.deps.status.get().access.open,
      this.deps.settings.get().sites,
      this.deps.breaks.onBreak(),
    );
  }

  private site(id: string): WorkspaceSite {
    const found = this.deps.settings.get().sites.find((s) => s.id === id);
    if (!found) throw new UserError('not_found', 'That site is no longer in your workspace.');
    return found;
  }
}
