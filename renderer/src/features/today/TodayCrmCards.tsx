import { useState, type ReactNode } from 'react';
import type { Commitment } from '../../../../electron/shared/crm/commitment';
import type {
  KeptOnTimeRate,
  ReconnectItem,
  TodayDigest,
} from '../../../../electron/shared/crm/crm-views';
import type { Result } from '../../../../electron/shared/result';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { clockTime, dayLabel, minutesText } from '../../lib/time';
import { mapLink, meetingTitle } from '../meetings/meetingText';
import { TodayActionButton } from './TodayActionButton';

/** Runs a one-click action; says what happened, or what went wrong. */
function useAction(cardId: string) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, call: Promise<Result<unknown>>, said: string) => {
    if (busy) return;
    setBusy(key);
    const result = await call;
    setBusy(null);
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else {
      showToast(said);
      // The item is gone: keep keyboard focus on its card.
      document.getElementById(cardId)?.focus();
    }
  };
  return { busy, run };
}

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={`panel card today-card ${id}`} aria-labelledby={id}>
      <h2 id={id} className="card-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function MeetingsTodayCard({
  digest,
  names,
  timeZone,
}: {
  digest: TodayDigest;
  names: ReadonlyMap<string, string>;
  timeZone: string;
}) {
  const meetings = digest.meetingsToday;
  return (
    <Card id="today-meetings" title="Meetings today">
      {meetings.length === 0 ? (
        <p className="muted">
          No meetings today. <a href="#/meetings/new">Propose one</a> when it feels right.
        </p>
      ) : (
        <ul className="today-list">
          {meetings.map((m) => {
            const map = mapLink(m.place);
            return (
              <li key={m.id}>
                <span className="today-time">{clockTime(m.start, timeZone)}</span>{' '}
                <strong>{meetingTitle(m, names)}</strong>{' '}
                <span className="muted">
                  ({minutesText(m.durationMin)}
                  {m.status === 'proposed' ? ', not confirmed yet' : ''})
                </span>
                {m.place && (
                  <span className="today-sub">
                    {m.place}
                    {map && (
                      <>
                        {' '}
                        <a href={map} target="_blank" rel="noreferrer">
                          Map<span className="visually-hidden"> of {m.place}</span>
                        </a>
                      </>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href="#/meetings">All meetings</a>
      </p>
    </Card>
  );
}

export function FollowUpsCard({ digest }: { digest: TodayDigest }) {
  const { busy, run } = useAction('today-followups');
  const items = digest.followUps;
  return (
    <Card id="today-followups" title="Follow-ups">
      {items.length === 0 ? (
        <p className="muted">No follow-ups due. Nothing is waiting on you.</p>
      ) : (
        <ul className="today-list">
          {items.map(({ key, text, followUp }) => (
            <li key={key} className="today-item">
              <span>{text}</span>
              <span className="today-actions">
                <TodayActionButton
                  label="Done"
                  detail={followUp.text}
                  disabled={busy !== null}
                  onClick={() =>
                    void run(
                      key,
                      netwell.followUps.done({ id: followUp.id }),
                      'Follow-up done. Nicely handled.',
                    )
                  }
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function rateText(stats: KeptOnTimeRate): string {
  if (stats.counted === 0) return 'No promises were due in the last 90 days.';
  const noun = stats.counted === 1 ? 'commitment' : 'commitments';
  const late = stats.late > 0 ? `, and ${stats.late} more a little late` : '';
  return `You kept ${stats.onTime} of ${stats.counted} ${noun} on time in the last 90 days${late}.`;
}

export function CommitmentsCard({
  digest,
  stats,
  names,
}: {
  digest: TodayDigest;
  stats: KeptOnTimeRate | null;
  names: ReadonlyMap<string, string>;
}) {
  const { busy, run } = useAction('today-commitments');
  const { dueToday, overdue } = digest.commitments;
  const row = (c: Commitment, when: string) => {
    const who = names.get(c.contactId) ?? 'someone';
    const label = `${c.what} (${who})`;
    return (
      <li key={c.id} className="today-item">
        <span>
          {c.what}{' '}
          <span className="muted">
            · {who}, {when}
          </span>
        </span>
        <span className="today-actions">
          <TodayActionButton
            label="Kept"
            detail={label}
            disabled={busy !== null}
            onClick={() =>
              void run(
                c.id,
                netwell.commitments.settle({ id: c.id, outcome: 'kept' }),
                'Kept. Well done.',
              )
            }
          />
          <TodayActionButton
            label="Missed"
            detail={label}
            quiet
            disabled={busy !== null}
            onClick={() =>
              void run(
                c.id,
                netwell.commitments.settle({ id: c.id, outcome: 'missed' }),
                'Marked as missed. It happens; a short note to them goes a long way.',
              )
            }
          />
        </span>
      </li>
    );
  };
  return (
    <Card id="today-commitments" title="Promises">
      {dueToday.length === 0 && overdue.length === 0 ? (
        <p className="muted">Nothing you promised is due today.</p>
      ) : (
        <ul className="today-list">
          {overdue.map((c) => row(c, `was due ${dayLabel(c.dueOn)}`))}
          {dueToday.map((c) => row(c, 'due today'))}
        </ul>
      )}
      {stats && (
        <p className="today-rate">
          {rateText(stats)} <span className="muted">Only you see this.</span>
        </p>
      )}
    </Card>
  );
}

export function ReconnectCard({ digest }: { digest: TodayDigest }) {
  const { busy, run } = useAction('today-reconnect');
  const items = digest.reconnect;
  const button = (item: ReconnectItem) => {
    const name = item.contact.name;
    return (
      <span className="today-actions">
        <TodayActionButton
          label="Done"
          detail={`in touch with ${name}`}
          disabled={busy !== null}
          onClick={() =>
            void run(
              item.contact.id,
              netwell.reconnect.done({ contactId: item.contact.id }),
              `Noted: you were in touch with ${name}.`,
            )
          }
        />
        <TodayActionButton
          label="Not now"
          detail={name}
          quiet
          disabled={busy !== null}
          onClick={() =>
            void run(
              item.contact.id,
              netwell.reconnect.snooze({ contactId: item.contact.id, days: 7 }),
              `${name} will be back on the list in a week.`,
            )
          }
        />
      </span>
    );
  };
  return (
    <Card id="today-reconnect" title="Time to reconnect">
      {items.length === 0 ? (
        <p className="muted">Everyone you wanted to keep in touch with is up to date.</p>
      ) : (
        <ul className="today-list">
          {items.map((item) => (
            <li key={item.contact.id} className="today-item">
              <span>
                <a href={`#/contacts/${encodeURIComponent(item.contact.id)}`}>
                  {item.contact.name}
                </a>
                <span className="today-sub muted">{item.reason}</span>
              </span>
              {button(item)}
            </li>
          ))}
        </ul>
      )}
      {digest.reconnectMore > 0 && (
        <p>
          <a href="#/contacts">
            {digest.reconnectMore} more {digest.reconnectMore === 1 ? 'person' : 'people'} to
            reconnect with
          </a>
        </p>
      )}
    </Card>
  );
}

/** Only when there is something: guests who have not answered, events still to decide. */
export function InvitationsCard({
  digest,
  names,
}: {
  digest: TodayDigest;
  names: ReadonlyMap<string, string>;
}) {
  const waiting = digest.invitationsAwaitingReply;
  const deciding = digest.eventsToDecide;
  if (waiting.length === 0 && deciding.length === 0) return null;
  return (
    <Card id="today-invitations" title="Invitations">
      {waiting.length > 0 && (
        <p>
          {waiting.length === 1 ? '1 guest has' : `${waiting.length} guests have`} not replied yet:{' '}
          {waiting.map((i) => names.get(i.contactId) ?? 'someone').join(', ')}.
        </p>
      )}
      {deciding.length > 0 && <p>Still to decide: {deciding.map((e) => e.name).join(', ')}.</p>}
    </Card>
  );
}
