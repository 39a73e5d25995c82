import { memo, useEffect, useRef, useState } from 'react';
import type { ReconnectItem } from '../../../../electron/shared/crm/crm-views';
import { hrefOf } from '../../app/useRoute';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { STRENGTH_LABELS } from './crmText';
import { formatCount } from '../../lib/numbers';
import { useRequestId } from '../../lib/useRequestId';

/** How many people the panel shows at first, and how many more each "Show more" adds. */
const STEP = 10;

/** The top of the reconnect list, fetched again on every CRM or contact change. */
export function useReconnect(limit: number): { items: ReconnectItem[]; total: number } | null {
  const [list, setList] = useState<{ items: ReconnectItem[]; total: number } | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void netwell.reconnect.list({ limit }).then((result) => {
        if (live && result.ok) setList(result.value);
      });
    load();
    const offCrm = netwell.on('crm.changed', load);
    const offContacts = netwell.on('contacts.changed', load);
    // A day can pass with the window open: look again now and then.
    const timer = window.setInterval(load, 10 * 60_000);
    return () => {
      live = false;
      offCrm();
      offContacts();
      window.clearInterval(timer);
    };
  }, [limit]);
  return list;
}

const SNOOZES = [
  { days: 1, label: '1 day' },
  { days: 7, label: '1 week' },
  { days: 30, label: '1 month' },
];

function ReconnectRow({ item }: { item: ReconnectItem }) {
  const [days, setDays] = useState(7);
  const { contact } = item;
  const selectId = `snooze-${contact.id}`;
  const request = useRequestId();

  const done = async () => {
    const result = await netwell.reconnect.done({
      contactId: contact.id,
      requestId: request.current(),
    });
    if (result.ok) request.succeeded();
    showToast(
      result.ok ? `Noted: you reached out to ${contact.name}.` : result.error.message,
      result.ok ? {} : { tone: 'error' },
    );
  };
  const snooze = async () => {
    const result = await netwell.reconnect.snooze({ contactId: contact.id, days });
    const label = SNOOZES.find((s) => s.days === days)?.label ?? `${days} days`;
    showToast(
      result.ok ? `${contact.name} will come back in ${label}.` : result.error.message,
      result.ok ? {} : { tone: 'error' },
    );
  };

  return (
    <li className="reconnect-item">
      <div className="reconnect-text">
        <a
          className="reconnect-name"
          href={hrefOf({ area: 'contacts', contactId: contact.id, mode: 'view' })}
        >
          {contact.name}
        </a>
        <p className="reconnect-reason">
          {item.reason.charAt(0).toUpperCase() + item.reason.slice(1)}
        </p>
        <p className="reconnect-strength">
          <span className={`strength strength-${item.strength.level}`}>
            {STRENGTH_LABELS[item.strength.level]}
          </span>
        </p>
      </div>
      <div className="reconnect-actions" role="group" aria-label={`Reconnect with ${contact.name}`}>
        <button
          type="button"
          className="button button-small"
          title="Logs that you reached out to them"
          aria-label={`Done: reached out to ${contact.name}`}
          onClick={() => void done()}
        >
          Done
        </button>
        <label className="visually-hidden" htmlFor={selectId}>
          Remind me about {contact.name} again in
        </label>
        <select
          id={selectId}
          className="input input-small"
          value={days}
          onChange={(event) => setDays(Number(event.target.value))}
        >
          {SNOOZES.map((s) => (
            <option key={s.days} value={s.days}>
              {s.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label={`Not now: ${contact.name}`}
          onClick={() => void snooze()}
        >
          Not now
        </button>
      </div>
    </li>
  );
}

/** "Time to reconnect": people you wanted to hear from by now. Quiet when there are none. */
export const ReconnectPanel = memo(function ReconnectPanel() {
  const [limit, setLimit] = useState(STEP);
  const list = useReconnect(limit);
  const items = list?.items;
  const count = useRef(0);
  // When "Done" or "Not now" takes the focused row away, keep the keyboard user in place.
  useEffect(() => {
    const n = items?.length ?? 0;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (n < count.current && lost) {
      (
        document.getElementById('reconnect-title') ?? document.querySelector<HTMLElement>('main h1')
      )?.focus();
    }
    count.current = n;
  }, [items]);
  if (!list || !items || items.length === 0) return null;
  return (
    <section className="panel reconnect-panel" aria-labelledby="reconnect-title">
      <h2 id="reconnect-title" className="panel-title" tabIndex={-1}>
        Time to reconnect
      </h2>
      <p className="field-hint">
        People you wanted to keep in touch with. “Done” notes that you reached out; “Not now” hides
        them for a while.
      </p>
      <ul className="reconnect-list" aria-label="Time to reconnect">
        {items.map((item) => (
          <ReconnectRow key={item.contact.id} item={item} />
        ))}
      </ul>
      {list.total > items.length && (
        <p className="reconnect-more">
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setLimit((n) => n + STEP)}
          >
            Show {Math.min(STEP, list.total - items.length)} more
          </button>{' '}
          <span className="muted">({formatCount(list.total)} in all, most overdue first)</span>
        </p>
      )}
    </section>
  );
});
