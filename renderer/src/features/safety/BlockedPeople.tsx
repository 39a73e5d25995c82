import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { localDate } from '../../lib/time';
import { formatCount } from '../../lib/numbers';
import { shortDay } from '../crm/crmText';
import { useBlockedPeople } from './useBlockedPeople';

/** The one place blocked people are listed: to check a report, or to unblock. */
export function BlockedPeople({ timeZone }: { timeZone: string }) {
  const blocked = useBlockedPeople();

  const unblock = async (id: string, name: string) => {
    const result = await netwell.contacts.unblock({ id });
    if (!result.ok) {
      showToast(result.error.message, { tone: 'error' });
      return;
    }
    showToast(`${name} is unblocked.`);
  };

  return (
    <section className="panel attention-section" aria-labelledby="blocked-title">
      <h2 id="blocked-title" className="panel-title">
        Blocked people
      </h2>
      <p className="section-intro">
        Blocked people stay out of your lists, reminders and suggestions, and are never added again
        by an import or “Who did you meet?”. Block someone from their contact page.
      </p>
      {!blocked.ready ? (
        <p className="muted">Loading…</p>
      ) : blocked.people.length === 0 ? (
        <p className="muted">No one is blocked.</p>
      ) : (
        <ul className="blocked-list">
          {blocked.people.map((c) => (
            <li key={c.id} className="blocked-item">
              <div>
                <p className="blocked-name">{c.name}</p>
                <p className="muted">
                  {/* The reason stays on their contact page: this list may be seen over a shoulder. */}
                  {c.blockedOn
                    ? `Blocked on ${shortDay(localDate(c.blockedOn, timeZone))}`
                    : 'Blocked'}
                </p>
              </div>
              <button
                type="button"
                className="button button-small"
                onClick={() => void unblock(c.id, c.name)}
              >
                Unblock<span className="visually-hidden"> {c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {blocked.more > 0 && <p className="muted">…and {formatCount(blocked.more)} more.</p>}
    </section>
  );
}
