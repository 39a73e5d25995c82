import { useEffect, useState } from 'react';
import type { NotificationIntent } from '../../../../electron/shared/app-model';
import type { BoundaryStatus } from '../../../../electron/shared/boundaries';
import type { Settings } from '../../../../electron/shared/settings';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { localDate } from '../../lib/time';
import {
  IN_WINDOW_STATES,
  stateInWords,
  usageToday,
  windowSummary,
} from '../boundaries/boundaryText';
import { useSchedule } from '../schedule/useSchedule';
import { updateSettings } from '../settings/useSettings';

/** First run only: a small hello, starting at login, and where to set the schedule. */
export function WelcomeCard({ settings }: { settings: Settings }) {
  const change = async (patch: Parameters<typeof updateSettings>[0]) => {
    const result = await updateSettings(patch);
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
  };
  return (
    <section className="panel card welcome-card" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="card-title">
        Welcome to Netwell
      </h2>
      <p>
        Netwell keeps networking inside the times you choose, and your contacts private on this
        computer. Start by <a href="#/schedule">setting your networking windows</a>.
      </p>
      <div className="check">
        <input
          type="checkbox"
          id="welcome-start-at-login"
          checked={settings.startAtLogin}
          onChange={(event) => void change({ startAtLogin: event.target.checked })}
        />
        <label htmlFor="welcome-start-at-login">Start Netwell when I log in</label>
      </div>
      <div>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            void change({ firstRunDone: true });
            document.querySelector<HTMLElement>('main h1')?.focus();
          }}
        >
          Dismiss welcome
        </button>
      </div>
    </section>
  );
}

/** The networking windows today: the state in words, what is next, and time used. */
export function WindowsCard({ status }: { status: BoundaryStatus | null }) {
  return (
    <section className="panel card" aria-labelledby="today-windows">
      <h2 id="today-windows" className="card-title">
        Networking windows
      </h2>
      {!status ? (
        <p className="muted">Looking at your schedule…</p>
      ) : (
        <>
          <p className="today-state">{stateInWords(status)}</p>
          <dl className="today-facts">
            {status.next && (
              <div>
                <dt>Next window</dt>
                <dd>{windowSummary(status.next, status.timeZone)}</dd>
              </div>
            )}
            <div>
              <dt>Used</dt>
              <dd>{usageToday(status)}</dd>
            </div>
          </dl>
          <p>
            {status.access.open ? (
              <a href="#/workspace">Open the workspace</a>
            ) : (
              <a href="#/schedule">See your schedule</a>
            )}
          </p>
        </>
      )}
    </section>
  );
}

/** The newest "window closed" notification, kept current as notifications arrive. */
function useLastClosed(): NotificationIntent | null {
  const [last, setLast] = useState<NotificationIntent | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void netwell.notifications.list().then((result) => {
        if (!live || !result.ok) return;
        setLast(result.value.filter((n) => n.kind === 'window-closed').at(-1) ?? null);
      });
    refresh();
    const off = netwell.on('notification.raised', (n) => {
      if (n.kind === 'window-closed') setLast(n);
    });
    return () => {
      live = false;
      off();
    };
  }, []);
  return last;
}

/** After a window closed today: a place for the check-in that issue 6 brings. */
export function CheckInCard({ status }: { status: BoundaryStatus | null }) {
  const last = useLastClosed();
  const { week } = useSchedule();
  const today = week?.days[0]?.date;
  if (!status || !last || !today || IN_WINDOW_STATES.has(status.state)) return null;
  if (localDate(last.at, status.timeZone) !== today) return null;
  return (
    <section className="panel card" aria-labelledby="today-checkin">
      <h2 id="today-checkin" className="card-title">
        Check in
      </h2>
      <p>
        Check-ins are coming in a later version: a moment after each window to note how it felt and
        what is worth your time.
      </p>
    </section>
  );
}
