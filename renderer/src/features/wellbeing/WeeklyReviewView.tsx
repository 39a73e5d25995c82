import type { WeeklyReview } from '../../../../electron/shared/wellbeing';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { clockTime, dayLabel, localDate, minutesText, weekdayTime } from '../../lib/time';
import { useSettings } from '../settings/useSettings';

const REVIEW_TIMES = [0, 10, 15, 30] as const;

/** The weekly review: time spent, wins, who to reconnect with, next week's windows. One screen. */
export function WeeklyReviewView({ review }: { review: WeeklyReview }) {
  const settings = useSettings();
  const zone = review.timeZone;
  const budget = review.weeklyBudgetMin;
  const setReviewTime = async (minutesBeforeEnd: number) => {
    if (!settings) return;
    const result = await netwell.settings.update({
      wellbeing: { ...settings.wellbeing, reviewTime: { minutesBeforeEnd } },
    });
    showToast(
      result.ok ? 'Review time saved.' : result.error.message,
      result.ok ? {} : { tone: 'error' },
    );
  };
  return (
    <div className="weekly-review">
      <section className="panel card" aria-labelledby="review-time-spent">
        <h2 id="review-time-spent" className="card-title">
          Time spent
        </h2>
        <p>
          {minutesText(review.minutes)} of networking in {review.sessions}{' '}
          {review.sessions === 1 ? 'session' : 'sessions'} since {dayLabel(review.week)}
          {budget !== null ? `, against a weekly budget of ${minutesText(budget)}` : ''}.
        </p>
        <p>
          {review.offlineDays === 0
            ? 'No offline days yet this week.'
            : `${review.offlineDays} offline ${review.offlineDays === 1 ? 'day' : 'days'}: time for everything else. Well done.`}
        </p>
        {review.energyAvg !== null && (
          <p>Average energy after sessions: {review.energyAvg} of 5.</p>
        )}
      </section>
      <section className="panel card" aria-labelledby="review-wins">
        <h2 id="review-wins" className="card-title">
          Wins
        </h2>
        <ul>
          <li>{review.wins.newContacts} new connections</li>
          <li>{review.wins.followUpsSent} follow-ups sent</li>
          <li>{review.wins.meetingsBooked} meetings booked</li>
        </ul>
      </section>
      <section className="panel card" aria-labelledby="review-reconnect">
        <h2 id="review-reconnect" className="card-title">
          Reconnect next
        </h2>
        {review.reconnect.length === 0 ? (
          <p>Nobody is waiting on you. Enjoy it.</p>
        ) : (
          <ul>
            {review.reconnect.map((r) => (
              <li key={r.contactId}>
                <a href={`#/contacts/${encodeURIComponent(r.contactId)}`}>{r.name}</a>: {r.why}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel card" aria-labelledby="review-next">
        <h2 id="review-next" className="card-title">
          Next week’s windows
        </h2>
        {review.nextWindows.length === 0 ? (
          <p>No windows next week: an offline week.</p>
        ) : (
          <ul>
            {review.nextWindows.map((w) => (
              <li key={w.start}>
                {dayLabel(localDate(w.start, zone))}, {clockTime(w.start, zone)}–
                {clockTime(w.end, zone)}
                {w.label ? ` (${w.label})` : ''}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="#/schedule">Change the schedule</a>
        </p>
      </section>
      <section className="panel card" aria-labelledby="review-when">
        <h2 id="review-when" className="card-title">
          When the review arrives
        </h2>
        <label htmlFor="review-time" className="field-label">
          Review notification
        </label>
        <select
          id="review-time"
          value={settings?.wellbeing.reviewTime.minutesBeforeEnd ?? 0}
          onChange={(e) => void setReviewTime(Number(e.target.value))}
        >
          {REVIEW_TIMES.map((m) => (
            <option key={m} value={m}>
              {m === 0
                ? 'As the last window of the week closes'
                : `${m} minutes before the last window ends`}
            </option>
          ))}
        </select>
        {review.reviewAt && (
          <p className="field-hint">This week: {weekdayTime(review.reviewAt, zone)}.</p>
        )}
      </section>
    </div>
  );
}
