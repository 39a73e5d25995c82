import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/core/boundaries/workspace-service';
import type { BoundaryStatus, WorkspaceSite } from '../../../electron/shared/boundaries';
import { SettingsSchema } from '../../../electron/shared/settings';
import { OFF_HOURS, statusOf } from './status-fixture';

const linkedin: WorkspaceSite = {
  id: 'linkedin',
  name: 'LinkedIn',
  url: 'https://www.linkedin.com/feed/',
};
const bounds = { x: 0, y: 0, width: 800, height: 600 };

function setup(status: BoundaryStatus, breakUntil: string | null = null) {
  const settings = { ...SettingsSchema.parse({}), sites: [linkedin] };
  const shown: string[] = [];
  const applied: Array<[boolean, string[], readonly string[] | undefined]> = [];
  const service = new WorkspaceService({
    settings: { get: () => settings },
    workspace: {
      show: (site) => {
        shown.push(site.id);
        return true;
      },
      hide: () => {},
      applyAccess: (open, sites, onBreak) => applied.push([open, sites.map((s) => s.id), onBreak]),
    },
    timeZone: () => 'UTC',
    status: { get: () => status },
    breaks: { onBreak: () => (breakUntil ? ['linkedin'] : []), breakUntil: () => breakUntil },
  });
  return { service, shown, applied };
}

describe('WorkspaceService', () => {
  it('shows a site while the workspace is open', () => {
    const { service, shown } = setup(statusOf());
    expect(service.show('linkedin', bounds)).toEqual({ embedded: true });
    expect(shown).toEqual(['linkedin']);
  });

  it('refuses in words: locked, on a break, or a site that is gone', () => {
    const locked = statusOf(OFF_HOURS);
    expect(() => setup(locked).service.show('linkedin', bounds)).toThrow(locked.access.message);
    expect(() =>
      setup(statusOf(), '2026-03-09T00:00:00.000Z').service.show('linkedin', bounds),
    ).toThrow(
      /^You are taking a break from LinkedIn until .+\. It will be here when you are back\.$/,
    );
    expect(() => setup(statusOf()).service.show('gone', bounds)).toThrow(
      'That site is no longer in your workspace.',
    );
  });

  it('tells the host the lock again with the sites and those on a break', () => {
    const { service, applied } = setup(statusOf(), '2026-03-09T00:00:00.000Z');
    service.reapplyAccess();
    expect(applied).toEqual([[true, ['linkedin'], ['linkedin']]]);
  });
});
