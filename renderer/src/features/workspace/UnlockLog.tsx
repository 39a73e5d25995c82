import { clockTime, dayLabel, localDate } from '../../lib/time';
import { useUnlocks } from '../../app/useBoundaries';

/** Every unlock, when and why: a quiet record for the user, never a score. */
export function UnlockLog({ timeZone }: { timeZone: string }) {
  const unlocks = useUnlocks();
  return (
    <section className="panel workspace-section" aria-labelledby="unlocks-title">
      <h2 id="unlocks-title" className="panel-title">
        Unlocks
      </h2>
      <p className="section-intro">Each unlock is logged here, just for you.</p>
      {unlocks === null ? (
        <p className="muted">Loading…</p>
      ) : unlocks.length === 0 ? (
        <p className="muted">No unlocks yet.</p>
      ) : (
        <ul className="unlock-log" aria-labelledby="unlocks-title">
          {unlocks.map((unlock) => (
            <li key={unlock.at} className="unlock-entry">
              <time dateTime={unlock.at} className="unlock-when">
                {dayLabel(localDate(unlock.at, timeZone))}, {clockTime(unlock.at, timeZone)}–
                {clockTime(unlock.until, timeZone)}
              </time>
              <span className="unlock-why">{unlock.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
