import { useState } from 'react';
import type { BoundaryStatus, WorkspaceSite } from '../../../../electron/shared/boundaries';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { clockTime } from '../../lib/time';
import { budgetPassed, unlocksLeftText, usageToday, usageWeek } from '../../app/boundaryText';
import { withStatus } from '../../app/useBoundaries';
import { SiteView } from './SiteView';
import { breakText } from './siteBreaks';

const KEEP_GOING_MINUTES = 15;

function heading(status: BoundaryStatus): string {
  switch (status.access.reason) {
    case 'unlocked':
      return 'Unlocked for a few minutes';
    case 'gentle':
      return 'Your workspace';
    default:
      return 'Your networking window is open';
  }
}

export interface OpenWorkspaceProps {
  status: BoundaryStatus;
  sites: WorkspaceSite[];
  /** True in the desktop app, where sites open inside the window. */
  canEmbed: boolean;
}

/** The workspace while it is open: time left, usage, and the sites. */
export function OpenWorkspace({ status, sites, canEmbed }: OpenWorkspaceProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [embedFailed, setEmbedFailed] = useState(false);
  const embed = canEmbed && !embedFailed;
  const { access, state, mode, timeZone } = status;
  const onBreak = (id: string) => breakText(id, status.siteBreaks, timeZone);
  // A site chosen before its break began (or a break taken meanwhile) is not shown.
  const site = sites.find((s) => s.id === chosen && !onBreak(s.id)) ?? null;
  const showKeepGoing = state === 'closing' || (state === 'overtime' && mode !== 'strict');
  const gentleOverBudget = access.reason === 'gentle' && budgetPassed(status);

  const keepGoing = async () => {
    const result = await withStatus(netwell.boundaries.continue({ minutes: KEEP_GOING_MINUTES }));
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else showToast(`${KEEP_GOING_MINUTES} more minutes. Enjoy them.`);
  };

  return (
    <section className="panel workspace-open" aria-labelledby="open-title">
      <div className="workspace-open-header">
        <div>
          <h2 id="open-title" className="panel-title">
            {heading(status)}
          </h2>
          <p className="workspace-status">
            {access.reason === 'unlocked' && access.unlockedUntil
              ? `Until ${clockTime(access.unlockedUntil, timeZone)} · ${unlocksLeftText(access.unlocksLeftToday)}`
              : status.statusLine}
          </p>
          <p className="workspace-usage">
            {usageToday(status)}
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            {usageWeek(status)}
          </p>
        </div>
        {showKeepGoing && (
          <button type="button" className="button" onClick={() => void keepGoing()}>
            Keep going for {KEEP_GOING_MINUTES} minutes
          </button>
        )}
      </div>

      {gentleOverBudget && (
        <p className="gentle-banner" role="status">
          You have passed your networking budget. Gentle mode keeps everything open; it might be a
          good moment to step away.
        </p>
      )}

      {sites.length === 0 ? (
        <p className="muted">No sites yet. Add the places you network below, and they open here.</p>
      ) : embed ? (
        <>
          <div className="site-switcher" role="group" aria-label="Open a site">
            {sites.map((s) =>
              onBreak(s.id) ? (
                <button
                  key={s.id}
                  type="button"
                  className="button button-small site-button"
                  disabled
                >
                  {s.name} <span className="site-break">{onBreak(s.id)}</span>
                </button>
              ) : (
                <button
                  key={s.id}
                  type="button"
                  className="button button-small site-button"
                  aria-pressed={s.id === chosen}
                  onClick={() => setChosen(s.id)}
                >
                  {s.name}
                </button>
              ),
            )}
          </div>
          {site ? (
            <SiteView key={site.id} site={site} onNotEmbedded={() => setEmbedFailed(true)} />
          ) : (
            <p className="site-view-placeholder muted">Choose a site to open it here.</p>
          )}
        </>
      ) : (
        <>
          <ul className="site-links" aria-label="Your sites">
            {sites.map((s) => (
              <li key={s.id}>
                {onBreak(s.id) ? (
                  <span className="site-link site-on-break">
                    {s.name} <span className="site-break">{onBreak(s.id)}</span>
                  </span>
                ) : (
                  <a className="site-link" href={s.url} target="_blank" rel="noreferrer">
                    {s.name}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
          <p className="muted">In the desktop app, sites open here, inside Netwell.</p>
        </>
      )}
    </section>
  );
}
