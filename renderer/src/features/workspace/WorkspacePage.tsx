import { useAppInfo } from '../../app/useAppInfo';
import { PageHeading } from '../../components/PageHeading';
import { useBoundaries } from '../../app/useBoundaries';
import { useSettings } from '../settings/useSettings';
import { LockScreen } from './LockScreen';
import { OpenWorkspace } from './OpenWorkspace';
import { SitesPanel } from './SitesPanel';
import { UnlockLog } from './UnlockLog';

/**
 * The networking workspace: the sites, open during a window (inside the window in the desktop app,
 * as links in the browser), and a calm lock screen the rest of the time.
 */
export function WorkspacePage() {
  const status = useBoundaries();
  const settings = useSettings();
  const info = useAppInfo();
  const canEmbed = info.status === 'ready' && info.info.host === 'electron';
  const sites = settings?.sites ?? [];

  return (
    <div className="page page-workspace">
      <div className="page-header">
        <PageHeading>Workspace</PageHeading>
      </div>
      {!status || !settings ? (
        <p className="muted">Loading your workspace…</p>
      ) : (
        <>
          {status.access.open ? (
            <OpenWorkspace status={status} sites={sites} canEmbed={canEmbed} />
          ) : (
            <LockScreen status={status} />
          )}
          <SitesPanel sites={sites} breaks={status.siteBreaks} timeZone={status.timeZone} />
          {(status.mode !== 'gentle' || status.access.reason === 'unlocked') && (
            <UnlockLog timeZone={status.timeZone} />
          )}
        </>
      )}
    </div>
  );
}
