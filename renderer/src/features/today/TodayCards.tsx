import type { BoundaryStatus } from '../../../../electron/shared/boundaries';
import type { Settings } from '../../../../electron/shared/settings';
import { showToast } from '../../components/toasts';
import { IN_WINDOW_STATES, stateInWords, usageToday, windowSummary } from '../../app/boundaryText';
import { openCheckIn } from '../wellbeing/CheckInDialog';
import { usePendingCheckIn } from '../wellbeing/useWellbeing';
import { sessionText } from '../wellbeing/wellbeingText';
import { updateSettings } from '../settings/useSettings';

/**
 * First run, until dismissed: a small hello, starting at login, and the schedule (where to set it
 * while there are no windows; what it is once there are).
 */
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
        computer. <ScheduleStep settings={settings} />
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

/** The first step while there are no windows; once there are, what they are. */
function ScheduleStep({ settings }: { settings: Settings }) {
  const windows = settings.schedule.schedule.windows;
  if (windows.length === 0) {
    return (
      <>
        Start by <a href="#/schedule">setting your networking windows</a>.
      </>
    );
  }
  const perWeek = windows.reduce((n, w) => n + w.days.length, 0);
  return (
    <>
      Your networking windows are set: {perWeek} a week.{' '}
      <a href="#/schedule">Change them any time</a>.
    </>
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

/** After a session ended: its check-in, one click away (also offered once as a dialog). */
export function CheckInCard({ status }: { status: BoundaryStatus | null }) {
  const pending = usePendingCheckIn();
  if (!status || !pending || IN_WINDOW_STATES.has(status.state)) return null;
  return (
    <section className="panel card" aria-labelledby="today-checkin">
      <h2 id="today-checkin" className="card-title">
        Check in
      </h2>
      <p>{sessionText(pending.session, status.timeZone)}</p>
      <p>Ten seconds: how it felt, and what came of it. Or skip it, that is fine too.</p>
      <button type="button" className="button button-primary" onClick={openCheckIn}>
        Check in now
      </button>
    </section>
  );
}
